import type { PendingAct } from '../acts/pending';
import type { Gift } from '../giving/gift';
import type { ActRecord } from './records';

/** The shape of a record id; a person id that does not have it is left out, so the record stays importable. */
const RECORD_ID = /^[\w-]{1,64}$/;

/**
 * The history record of the pending act, done at `now` (epoch ms) with the person's note, which of
 * their people it was for (when it was for one) and, when they said so, what they gave (tied to
 * the cause the act was for); its id was fixed at *Do it*.
 */
export function doneActRecord(
  pending: PendingAct,
  note: string,
  now: number,
  given: Omit<Gift, 'causeId'> | null = null,
): ActRecord {
  const { personId } = pending.act;
  return {
    id: pending.recordId,
    at: now,
    startedAt: pending.startedAt,
    actId: pending.act.id,
    title: pending.act.title,
    category: pending.act.category,
    note,
    nudgeId: pending.nudgeId,
    ...(personId !== undefined && RECORD_ID.test(personId) ? { personId } : {}),
    ...(given ? { given: { ...given, causeId: pending.act.causeId ?? null } } : {}),
  };
}
