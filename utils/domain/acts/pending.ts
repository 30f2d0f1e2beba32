import * as v from 'valibot';
import { ResolvedActSchema, type ResolvedAct } from './types';

/** How long an accepted act waits to be marked done before the popup stops offering to complete it (ms). */
export const PENDING_ACT_MAX_AGE_MS = 24 * 60 * 60_000;

/**
 * An act the person said *Do it* to and has not yet marked done. The act is kept as shown (words,
 * link, person or cause), so completing it later records exactly what was offered.
 */
export const PendingActSchema = v.object({
  act: ResolvedActSchema,
  /** The nudge it came from, or null when taken from the popup without a nudge. */
  nudgeId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/))),
  /** Epoch ms of *Do it*. */
  startedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PendingAct = v.InferOutput<typeof PendingActSchema>;

/** The pending act for a *Do it* at `now` (epoch ms). */
export function startPendingAct(act: ResolvedAct, nudgeId: string | null, now: number): PendingAct {
  return { act: { ...act }, nudgeId, startedAt: now };
}

/** Whether a pending act is too old to offer for completion at `now` (epoch ms). */
export function isPendingActStale(pending: PendingAct, now: number, maxAgeMs = PENDING_ACT_MAX_AGE_MS): boolean {
  return now - pending.startedAt > maxAgeMs;
}
