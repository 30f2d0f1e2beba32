import * as v from 'valibot';
import { ActiveNudgeSchema, type ActiveNudge } from './active-nudge';
import { createNudgeState, NudgeStateSchema, type NudgeState } from './state';

/**
 * The whole nudge moment as one value: what the policy remembers (daily count, cooldowns, mutes,
 * the ladder of the latest episode) and the nudge waiting for an answer, if any. Stored as one
 * value under one key, so the two can never disagree.
 */
export interface NudgeSession {
  policy: NudgeState;
  active: ActiveNudge | null;
}

/** A session before any nudge: nothing shown, nothing muted, nothing waiting. */
export function createNudgeSession(): NudgeSession {
  return { policy: createNudgeState(), active: null };
}

const PolicySchema = v.fallback(NudgeStateSchema, createNudgeState);
const ActiveSchema = v.fallback(v.nullable(ActiveNudgeSchema), null);

/**
 * Reads a stored session half by half: a broken policy becomes a fresh one and a broken waiting
 * nudge becomes none, without losing the other half. Anything but an object is `undefined`.
 */
export function parseNudgeSession(stored: unknown): NudgeSession | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const { policy, active } = stored as Partial<Record<keyof NudgeSession, unknown>>;
  return nudgeSessionOf(policy, active);
}

/**
 * The session from its two halves, each checked on its own (as earlier builds stored them apart,
 * under `nudgeState` and `activeNudge`): mutes, snoozes, the daily count and a waiting nudge all
 * carry over.
 */
export function nudgeSessionOf(policy: unknown, active: unknown): NudgeSession {
  return { policy: v.parse(PolicySchema, policy), active: v.parse(ActiveSchema, active ?? null) };
}
