import { browser } from 'wxt/browser';
import { items, readItem } from './items';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import type { RepairedSettings } from '@/utils/domain/settings/repair';
import { applySettingsPatch } from '@/utils/domain/settings/patch';
import type { Settings } from '@/utils/domain/settings/schema';

/**
 * Where settings live. They prefer `storage.sync` so they follow the person across their browsers;
 * when sync is unavailable or the object outgrows its per-item quota they move to `storage.local`,
 * and `local:settingsArea` remembers that choice.
 */
export const SETTINGS_KEY = items.settings.key;
const AREA_KEY = items.settingsArea.key;
/** Fields repaired the last time stored settings were healed, for the options page to mention. */
const REPAIR_REPORT_KEY = items.settingsRepaired.key;

type AreaName = 'sync' | 'local';

async function currentArea(): Promise<AreaName> {
  return (await readItem(items.settingsArea)) === 'local' || !browser.storage.sync ? 'local' : 'sync';
}

/** Reads settings and repairs them field by field; never throws, never writes. */
export async function readSettings(): Promise<RepairedSettings> {
  try {
    const area = await currentArea();
    const stored = await browser.storage[area].get(SETTINGS_KEY);
    return items.settings.parse(stored[SETTINGS_KEY]) ?? items.settings.fallback();
  } catch (error) {
    console.warn('[outward] settings could not be read; using defaults', error);
    return items.settings.fallback();
  }
}

/** Stores a complete, valid settings object, falling back from sync to local on quota errors. */
export async function writeSettings(settings: Settings): Promise<AreaName> {
  const area = await currentArea();
  if (area === 'sync') {
    try {
      await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
      return 'sync';
    } catch (error) {
      console.warn('[outward] settings do not fit storage.sync; keeping them in storage.local', error);
    }
  }
  await browser.storage.local.set({ [SETTINGS_KEY]: settings, [AREA_KEY]: 'local' });
  if (area === 'sync') await browser.storage.sync.remove(SETTINGS_KEY).catch(() => undefined);
  return 'local';
}

/** Result of an update: the stored settings, or why the change was refused (nothing stored). */
export type UpdateResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/**
 * Read-modify-write of the settings. Only the background calls this (pages send `settings/update`),
 * inside its mailbox, so two changes arriving together both land.
 */
export async function updateSettings(patch: unknown): Promise<UpdateResult> {
  const { settings } = await readSettings();
  const result = applySettingsPatch(settings, patch);
  if (result.ok) await writeSettings(result.settings);
  return result;
}

/**
 * Reads the settings and, when they had to be repaired, stores the repaired object so the problem
 * is fixed once. Returns what was repaired. Background only.
 */
export async function healSettings(): Promise<RepairedSettings> {
  const result = await readSettings();
  if (result.repaired.length > 0) {
    console.warn(`[outward] repaired stored settings: ${result.repaired.join(', ')}`);
    await writeSettings(result.settings);
    await browser.storage.local.set({ [REPAIR_REPORT_KEY]: result.repaired });
  }
  return result;
}

/**
 * Empties every storage area of the extension (local, sync, session) and stores the default
 * settings. Background only, inside its mailbox, so no update can land in between.
 */
export async function resetAllStorage(): Promise<Settings> {
  await Promise.all([browser.storage.local.clear(), browser.storage.sync?.clear(), browser.storage.session?.clear()]);
  const settings = createDefaultSettings();
  await writeSettings(settings);
  return settings;
}

/** Fields repaired when settings were last healed (empty when none). */
export function readRepairReport(): Promise<string[]> {
  return readItem(items.settingsRepaired);
}

/** Calls `listener` with fresh settings whenever they change in any context. Returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, unknown>) => {
    if (Object.hasOwn(changes, SETTINGS_KEY)) void readSettings().then((r) => listener(r.settings));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
