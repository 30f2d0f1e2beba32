import { browser } from 'wxt/browser';
import type { ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import type { NudgeSession } from '@/utils/domain/nudges/session';
import type { NudgeState } from '@/utils/domain/nudges/state';
import { items, readItem, writeItem } from './items';

/**
 * The nudge session: its two halves are kept under `nudgeState` and `activeNudge` (pages read the
 * waiting nudge alone) and always read and written together.
 */
export async function readNudgeSession(): Promise<NudgeSession> {
  const [policy, active] = await Promise.all([readNudgeState(), readActiveNudge()]);
  return { policy, active };
}

/** Saves the session in one storage write, so the policy and the waiting nudge never disagree. Background only. */
export function writeNudgeSession(session: NudgeSession): Promise<void> {
  return browser.storage.local.set({ [items.nudgeState.key]: session.policy, [items.activeNudge.key]: session.active });
}

/** The stored nudge state; a fresh one when nothing (or something broken) is stored. */
export function readNudgeState(): Promise<NudgeState> {
  return readItem(items.nudgeState);
}

/** The nudge waiting for an answer, or null. */
export function readActiveNudge(): Promise<ActiveNudge | null> {
  return readItem(items.activeNudge);
}

/** Stores a waiting nudge alone (tests that start from one). */
export function writeActiveNudge(active: ActiveNudge | null): Promise<void> {
  return writeItem(items.activeNudge, active);
}
