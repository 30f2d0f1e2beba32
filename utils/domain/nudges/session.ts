import type { ActiveNudge } from './active-nudge';
import { createNudgeState, type NudgeState } from './state';

/**
 * The whole nudge moment as one value: what the policy remembers (daily count, cooldowns, mutes,
 * the ladder of the latest episode) and the nudge waiting for an answer, if any. Read and written
 * together, so the two can never disagree.
 */
export interface NudgeSession {
  policy: NudgeState;
  active: ActiveNudge | null;
}

/** A session before any nudge: nothing shown, nothing muted, nothing waiting. */
export function createNudgeSession(): NudgeSession {
  return { policy: createNudgeState(), active: null };
}
