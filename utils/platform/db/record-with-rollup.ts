import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeRecord } from '@/utils/domain/history/records';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import type { DailyRollup, HistoryEvent } from '@/utils/domain/stats/rollup';
import { daysTouched, reviseRollups } from '@/utils/domain/stats/rollup-revise';
import type { HistoryDatabase } from './open-history-db';
import type { HistoryDb } from './schema';

type RecordStore = HistoryEvent['store'];

/**
 * Writes a record and its roll-up change in one transaction. The record as stored before (same
 * id) is read in that transaction and its contribution taken away first, so writing the same
 * record again, or a newer version of it, never counts it twice. Resolves to the record's id.
 */
export async function putWithRollup<S extends RecordStore>(
  db: HistoryDatabase,
  store: S,
  record: HistoryDb[S]['value'],
  dayKeyOf: DayKeyOf,
): Promise<string> {
  const tx = db.transaction([store, 'daily'], 'readwrite');
  const records = tx.objectStore(store);
  const daily = tx.objectStore('daily');
  const stored = await records.get(record.id);
  const previous = stored === undefined ? undefined : ({ store, record: stored } as HistoryEvent);
  const next = { store, record } as HistoryEvent;
  const days = daysTouched(previous, next, dayKeyOf);
  const current = await Promise.all(days.map((day) => daily.get(day)));
  const byDay = new Map(current.filter((r): r is DailyRollup => r !== undefined).map((r) => [r.day, r]));
  const revision = reviseRollups(byDay, previous, next, dayKeyOf);
  // `tx.done` joins the requests, so a transaction aborted at commit (QuotaExceededError) rejects here, handled.
  await Promise.all([
    records.put(record),
    ...revision.put.map((rollup) => daily.put(rollup)),
    ...revision.remove.map((day) => daily.delete(day)),
    tx.done,
  ]);
  return record.id;
}

/** Saves an episode, open (a checkpoint) or finalised, with its roll-up; safe to repeat for the same id. */
export function saveEpisodeWithRollup(
  db: HistoryDatabase,
  episode: EpisodeRecord,
  dayKeyOf: DayKeyOf,
): Promise<string> {
  return putWithRollup(db, 'episodes', episode, dayKeyOf);
}

/** Records a nudge when shown, and again when its outcome is known; counted once. */
export function recordNudge(db: HistoryDatabase, nudge: NudgeRecord, dayKeyOf: DayKeyOf): Promise<string> {
  return putWithRollup(db, 'nudges', nudge, dayKeyOf);
}

/** Records a done kind act with its roll-up. */
export function recordAct(db: HistoryDatabase, act: ActRecord, dayKeyOf: DayKeyOf): Promise<string> {
  return putWithRollup(db, 'acts', act, dayKeyOf);
}

/** Records a mood check-in (or a changed one, same id) with its roll-up. */
export function recordCheckin(db: HistoryDatabase, checkin: CheckinRecord, dayKeyOf: DayKeyOf): Promise<string> {
  return putWithRollup(db, 'checkins', checkin, dayKeyOf);
}
