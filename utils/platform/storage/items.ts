import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { PendingActSchema, type PendingAct } from '@/utils/domain/acts/pending';
import { ResolvedActSchema, type ResolvedAct } from '@/utils/domain/acts/types';
import { INITIAL_DETECTOR_STATE, parseDetectorState, type DetectorState } from '@/utils/domain/detection/state';
import { EMPTY_OUTBOX, parseOutbox, type Outbox } from '@/utils/domain/history/pending-writes';
import { createNudgeSession, parseNudgeSession, type NudgeSession } from '@/utils/domain/nudges/session';
import { repairSettings, type RepairedSettings } from '@/utils/domain/settings/repair';

/**
 * One stored value: where it lives, how a stored value is checked (`parse` says `undefined` for a
 * broken one), and what stands in when nothing valid is stored.
 */
export interface StorageItem<T> {
  area: 'local' | 'session';
  key: string;
  parse(stored: unknown): T | undefined;
  fallback(): T;
}

const item = <T>(
  area: StorageItem<T>['area'],
  key: string,
  parse: StorageItem<T>['parse'],
  fallback: () => T,
): StorageItem<T> => ({ area, key, parse, fallback });

const withSchema =
  <T>(schema: v.GenericSchema<unknown, T>) =>
  (stored: unknown): T | undefined => {
    const parsed = v.safeParse(schema, stored);
    return parsed.success ? parsed.output : undefined;
  };

/**
 * Every key Outward keeps in `browser.storage`, with its schema and fallback, in one place. The
 * settings themselves may live in `sync` instead (see `settings-store.ts`, which picks the area).
 */
export const items = {
  /** `local:settings` (or `sync:settings`): the person's settings, repaired field by field on every read. */
  settings: item<RepairedSettings>('local', 'settings', repairSettings, () => repairSettings(undefined)),
  /** `local:settingsArea`: `local` once the settings outgrew `storage.sync` (or sync is unavailable). */
  settingsArea: item<'sync' | 'local'>(
    'local',
    'settingsArea',
    withSchema(v.picklist(['sync', 'local'])),
    () => 'sync',
  ),
  /** `local:settingsRepaired`: fields repaired when stored settings were last healed, for the options page to mention. */
  settingsRepaired: item<string[]>(
    'local',
    'settingsRepaired',
    (stored) =>
      Array.isArray(stored) ? stored.filter((field): field is string => typeof field === 'string') : undefined,
    () => [],
  ),
  /** `session:detector`: the detector's state; kept across worker restarts, not browser restarts. */
  detector: item<DetectorState>('session', 'detector', parseDetectorState, () => ({ ...INITIAL_DETECTOR_STATE })),
  /**
   * `local:nudgeSession`: the nudge moment as one value, what the nudge policy remembers (daily
   * count, cooldowns, mutes, the ladder of the latest episode) and the nudge waiting for an answer.
   * Local, not session: mutes and the daily cap outlive a browser restart.
   */
  nudgeSession: item<NudgeSession>('local', 'nudgeSession', parseNudgeSession, createNudgeSession),
  /** `local:pendingAct`: the act the person said *Do it* to and has not marked done. */
  pendingAct: item<PendingAct | null>('local', 'pendingAct', withSchema(v.nullable(PendingActSchema)), () => null),
  /** `local:offeredAct`: the act the popup is suggesting now, so reopening it shows the same idea. */
  offeredAct: item<ResolvedAct | null>('local', 'offeredAct', withSchema(v.nullable(ResolvedActSchema)), () => null),
  /** `local:pendingWrites`: history writes that failed and wait to be tried again (outlives a restart). */
  pendingWrites: item<Outbox>(
    'local',
    'pendingWrites',
    (stored) => parseOutbox(stored).outbox,
    () => ({
      ...EMPTY_OUTBOX,
      writes: [],
    }),
  ),
  /** `local:crisisCardDismissedAt`: epoch ms; the care card stays hidden until a newer low check-in. */
  crisisCardDismissedAt: item<number>(
    'local',
    'crisisCardDismissedAt',
    withSchema(v.pipe(v.number(), v.minValue(0))),
    () => 0,
  ),
} as const;

/**
 * Keys earlier builds used, each read once by a migration that moves its value under a current key
 * and removes it (see `nudge-store.ts`).
 */
export const legacyKeys = {
  /** `local:nudgeState`: the policy half of `nudgeSession`, stored alone before. */
  nudgeState: 'nudgeState',
  /** `local:activeNudge`: the waiting-nudge half of `nudgeSession`, stored alone before. */
  activeNudge: 'activeNudge',
} as const;

/**
 * Reads an item. Missing → its fallback. Broken (an older or damaged value) → removed with a
 * console warning, then the fallback, so a bad value is reported once and never reused.
 */
export async function readItem<T>(item: StorageItem<T>): Promise<T> {
  const stored: unknown = (await browser.storage[item.area].get(item.key))[item.key];
  if (stored === undefined) return item.fallback();
  const parsed = item.parse(stored);
  if (parsed !== undefined) return parsed;
  console.warn(`[outward] dropped a broken ${item.key} from storage`);
  await browser.storage[item.area].remove(item.key);
  return item.fallback();
}

/** Stores an item's value. */
export function writeItem<T>(item: StorageItem<T>, value: T): Promise<void> {
  return browser.storage[item.area].set({ [item.key]: value });
}

/** Removes an item, so the next read gives its fallback. */
export function removeItem<T>(item: StorageItem<T>): Promise<void> {
  return browser.storage[item.area].remove(item.key);
}
