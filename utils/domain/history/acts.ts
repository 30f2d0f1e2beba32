import type { PendingAct } from '../acts/pending';
import type { Gift } from '../giving/gift';
import type { ActRecord } from './records';

/**
 * The history record of the pending act, done at `now` (epoch ms) with the person's note and, when
 * they said so, what they gave (tied to the cause the act was for); its id was fixed at *Do it*.
 */
export function doneActRecord(
  pending: PendingAct,
  note: string,
  now: number,
  given: Omit<Gift, 'causeId'> | null = null,
): ActRecord {
  return {
    id: pending.recordId,
    at: now,
    startedAt: pending.startedAt,
    actId: pending.act.id,
    title: pending.act.title,
    category: pending.act.category,
    note,
    nudgeId: pending.nudgeId,
    ...(given ? { given: { ...given, causeId: pending.act.causeId ?? null } } : {}),
  };
}
