import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultSettings, DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { readSettings, resetAllStorage, updateSettings, writeSettings } from '@/utils/platform/storage/settings-store';

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

  it('cannot be undone by an update that was already under way', async () => {
    const old = createDefaultSettings();
    old.detection.minutesBeforeNudge = 3;
    await writeSettings(old);
    // Hold the update's write until the reset has had every chance to run.
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementationOnce(async (items) => {
      await gate;
      return set(items);
    });

    const updating = updateSettings({ nudges: { dailyCap: 9 } });
    const resetting = resetAllStorage();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([updating, resetting]);

    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });
});
