import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { resetAllStorage } from '@/utils/platform/storage/settings-store';

describe('resetAllStorage', () => {
  it('empties local, sync and session storage and stores the default settings', async () => {
    await fakeBrowser.storage.local.set({ settingsArea: 'local', anything: 1 });
    await fakeBrowser.storage.sync.set({ other: 2 });
    await fakeBrowser.storage.session.set({ episode: 3 });

    const settings = await resetAllStorage();

    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
