import * as v from 'valibot';
import { ResolvedActSchema, type ResolvedAct } from './types';

/** How long an accepted act waits to be marked done before the popup stops offering to complete it (ms). */
export const PENDING_ACT_MAX_AGE_MS = 24 * 60 * 60_000;

/**
 * An act the person said *Do it* to and has not yet marked done. The act is kept as shown (words,
 * link, person or cause), so completing it later records exactly what was offered.
 */
const RecordId = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));

export const PendingActSchema = v.pipe(
  v.object({
    act: ResolvedActSchema,
    /** The nudge it came from, or null when taken from the popup without a nudge. */
    nudgeId: v.nullable(RecordId),
    /** Epoch ms of *Do it*. */
    startedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /**
     * The id the act's history record gets when it is done, fixed at *Do it*, so a doubled or
     * retried *Done* writes the same record again instead of a second one. Acts started before
     * ids were kept get one derived from their start.
     */
    recordId: v.optional(RecordId),
  }),
  v.transform((pending) => ({ ...pending, recordId: pending.recordId ?? `act-${pending.startedAt}` })),
);
export type PendingAct = v.InferOutput<typeof PendingActSchema>;

/** The pending act for a *Do it* at `now` (epoch ms), to be recorded under `recordId` when done. */
export function startPendingAct(act: ResolvedAct, nudgeId: string | null, now: number, recordId: string): PendingAct {
  return { act: { ...act }, nudgeId, startedAt: now, recordId };
}

/** Whether a pending act is too old to offer for completion at `now` (epoch ms). */
export function isPendingActStale(pending: PendingAct, now: number, maxAgeMs = PENDING_ACT_MAX_AGE_MS): boolean {
  return now - pending.startedAt > maxAgeMs;
}
