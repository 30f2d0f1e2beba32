import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { readValidLocal } from './read-valid';
import { ActiveNudgeSchema, type ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import type { NudgeSession } from '@/utils/domain/nudges/session';
import { createNudgeState, NudgeStateSchema, type NudgeState } from '@/utils/domain/nudges/state';

/**
 * `local:nudgeState`: what the nudge policy remembers (daily count, cooldowns, mutes, the ladder of
 * the latest episode). In `storage.local`, not `session`: mutes and the daily cap outlive a browser restart.
 */
export const NUDGE_STATE_KEY = 'nudgeState';
/** `local:activeNudge`: the nudge waiting for an answer; null or missing when none waits. */
export const ACTIVE_NUDGE_KEY = 'activeNudge';

const MaybeActiveNudge = v.nullable(ActiveNudgeSchema);

/**
 * The nudge session: its two halves are kept under the keys above (pages read the waiting nudge
 * alone) and always read and written together.
 */
export async function readNudgeSession(): Promise<NudgeSession> {
  const [policy, active] = await Promise.all([readNudgeState(), readActiveNudge()]);
  return { policy, active };
}

/** Saves the session in one storage write, so the policy and the waiting nudge never disagree. Background only. */
export function writeNudgeSession(session: NudgeSession): Promise<void> {
  return browser.storage.local.set({ [NUDGE_STATE_KEY]: session.policy, [ACTIVE_NUDGE_KEY]: session.active });
}

/** The stored nudge state; a fresh one when nothing (or something broken) is stored. */
export async function readNudgeState(): Promise<NudgeState> {
  return (await readValidLocal(NUDGE_STATE_KEY, NudgeStateSchema)) ?? createNudgeState();
}

/** The nudge waiting for an answer, or null. */
export function readActiveNudge(): Promise<ActiveNudge | null> {
  return readValidLocal(ACTIVE_NUDGE_KEY, MaybeActiveNudge);
}

/** Stores a waiting nudge alone (tests that start from one). */
export function writeActiveNudge(active: ActiveNudge | null): Promise<void> {
  return browser.storage.local.set({ [ACTIVE_NUDGE_KEY]: active });
}
