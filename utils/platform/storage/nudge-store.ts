import { browser } from 'wxt/browser';
import { readValidLocal } from './read-valid';
import { ActiveNudgeSchema, type ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import { createNudgeState, NudgeStateSchema, type NudgeState } from '@/utils/domain/nudges/state';

/**
 * `local:nudgeState`: what the nudge policy remembers (daily count, cooldowns, mutes, the ladder of
 * the latest episode). In `storage.local`, not `session`: mutes and the daily cap outlive a browser restart.
 */
export const NUDGE_STATE_KEY = 'nudgeState';
/** `local:activeNudge`: the nudge waiting for an answer, if any. */
export const ACTIVE_NUDGE_KEY = 'activeNudge';

/** The stored nudge state; a fresh one when nothing (or something broken) is stored. */
export async function readNudgeState(): Promise<NudgeState> {
  return (await readValidLocal(NUDGE_STATE_KEY, NudgeStateSchema)) ?? createNudgeState();
}

/** Saves the nudge state; callers serialise their read-modify-write. */
export function writeNudgeState(state: NudgeState): Promise<void> {
  return browser.storage.local.set({ [NUDGE_STATE_KEY]: state });
}

/** The nudge waiting for an answer, or null. */
export function readActiveNudge(): Promise<ActiveNudge | null> {
  return readValidLocal(ACTIVE_NUDGE_KEY, ActiveNudgeSchema);
}

/** Remembers the nudge waiting for an answer, or forgets it with null. */
export function writeActiveNudge(active: ActiveNudge | null): Promise<void> {
  return active
    ? browser.storage.local.set({ [ACTIVE_NUDGE_KEY]: active })
    : browser.storage.local.remove(ACTIVE_NUDGE_KEY);
}
