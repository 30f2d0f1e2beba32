import { browser } from 'wxt/browser';
import type { ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import {
  createNudgeSession,
  nudgeSessionOf,
  parseNudgeSession,
  type NudgeSession,
} from '@/utils/domain/nudges/session';
import { items, legacyKeys, readItem, writeItem } from './items';

const LEGACY = [legacyKeys.nudgeState, legacyKeys.activeNudge];

/**
 * The nudge session (`local:nudgeSession`). Until the background has moved them (see
 * `migrateNudgeSession`), the two keys earlier builds kept stand in for it, so a page that opens
 * first after an update sees the same nudge.
 */
export async function readNudgeSession(): Promise<NudgeSession> {
  const stored = await browser.storage.local.get([items.nudgeSession.key, ...LEGACY]);
  const current: unknown = stored[items.nudgeSession.key];
  if (current === undefined) {
    const legacy = LEGACY.some((key) => stored[key] !== undefined);
    return legacy
      ? nudgeSessionOf(stored[legacyKeys.nudgeState], stored[legacyKeys.activeNudge])
      : createNudgeSession();
  }
  // A broken value goes the way of every broken item: reported once, removed, replaced by a fresh one.
  return parseNudgeSession(current) ?? readItem(items.nudgeSession);
}

/** Saves the session as one value, so the policy and the waiting nudge never disagree. Background only. */
export function writeNudgeSession(session: NudgeSession): Promise<void> {
  return writeItem(items.nudgeSession, session);
}

/** The nudge waiting for an answer, or null. */
export async function readActiveNudge(): Promise<ActiveNudge | null> {
  return (await readNudgeSession()).active;
}

/**
 * Moves the session earlier builds stored under two keys (`nudgeState`, `activeNudge`) to
 * `nudgeSession` and removes the old keys: the person keeps their mutes, snoozes, daily count and
 * waiting nudge. A session already under the new key wins. Runs in the background's mailbox at
 * start-up; does nothing once done.
 */
export async function migrateNudgeSession(): Promise<void> {
  const stored = await browser.storage.local.get([items.nudgeSession.key, ...LEGACY]);
  if (LEGACY.every((key) => stored[key] === undefined)) return;
  if (stored[items.nudgeSession.key] === undefined)
    await writeNudgeSession(nudgeSessionOf(stored[legacyKeys.nudgeState], stored[legacyKeys.activeNudge]));
  await browser.storage.local.remove(LEGACY);
}
