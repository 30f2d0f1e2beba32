import type { PendingAct } from '../acts/pending';
import type { ActRecord } from './records';

/** The history record of the pending act, done at `now` (epoch ms) with the person's note; its id was fixed at *Do it*. */
export function doneActRecord(pending: PendingAct, note: string, now: number): ActRecord {
  return {
    id: pending.recordId,
    at: now,
    startedAt: pending.startedAt,
    actId: pending.act.id,
    title: pending.act.title,
    category: pending.act.category,
    note,
    nudgeId: pending.nudgeId,
  };
}
