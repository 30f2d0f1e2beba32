import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultSettings, DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import {
  healSettings,
  readRepairReport,
  readSettings,
  updateSettings,
  writeSettings,
} from '@/utils/platform/storage/settings-store';

describe('settings store', () => {
  it('reads defaults on first run', async () => {
    const result = await readSettings();

    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.fresh).toBe(true);
  });

  it('stores settings in storage.sync by default', async () => {
    const settings = createDefaultSettings();
    settings.nudges.dailyCap = 4;

    const area = await writeSettings(settings);

    expect(area).toBe('sync');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(settings);
    expect((await readSettings()).settings.nudges.dailyCap).toBe(4);
  });

  it('falls back to storage.local when sync refuses the write, and reads from there afterwards', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const settings = createDefaultSettings();
    settings.detection.minutesBeforeNudge = 44;

    const area = await writeSettings(settings);

    expect(area).toBe('local');
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
    expect((await readSettings()).settings.detection.minutesBeforeNudge).toBe(44);
  });

  it('refuses an invalid update and leaves the stored settings unchanged', async () => {
    await updateSettings({ nudges: { dailyCap: 6 } });

    const result = await updateSettings({ nudges: { dailyCap: 'lots' } });

    expect(result.ok).toBe(false);
    expect((await readSettings()).settings.nudges.dailyCap).toBe(6);
  });

  it('heals broken stored settings once, keeping valid fields, and remembers what it repaired', async () => {
    const broken = { ...createDefaultSettings(), nudges: { ...DEFAULT_SETTINGS.nudges, dailyCap: 999 } };
    broken.detection.minutesBeforeNudge = 33;
    await fakeBrowser.storage.sync.set({ settings: broken });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const healed = await healSettings();

    expect(healed.repaired).toEqual(['nudges.dailyCap']);
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as typeof broken;
    expect(stored.nudges.dailyCap).toBe(DEFAULT_SETTINGS.nudges.dailyCap);
    expect(stored.detection.minutesBeforeNudge).toBe(33);
    expect(await readRepairReport()).toEqual(['nudges.dailyCap']);
  });

  it('falls back to defaults when storage itself throws on read', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('storage is corrupt'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const result = await readSettings();

    expect(result.settings).toEqual(DEFAULT_SETTINGS);
  });
});
