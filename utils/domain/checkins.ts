import type { ActRecord, CheckinRecord } from './history/records';
import { MOOD_PAIR_WINDOW_MS } from './stats/mood-pairs';

/** For this long after a check-in (ms) a new tap changes it instead of adding another: 5 minutes. */
export const CHECKIN_EDIT_WINDOW_MS = 5 * 60_000;

/** Whether a check-in saved at `record.at` may still be changed at `now` (epoch ms). */
export function canEditCheckin(record: Pick<CheckinRecord, 'at' | 'context'>, now: number): boolean {
  return record.context !== 'after' && now >= record.at && now - record.at <= CHECKIN_EDIT_WINDOW_MS;
}

/**
 * The check-in that counts as "before" an act started at `startedAt` and done at `doneAt`: the
 * latest one not yet tied to an act, not itself an "after", from 30 minutes before the start until
 * the act was done. Null when there is none.
 */
export function findBeforeCheckin(
  checkins: readonly CheckinRecord[],
  startedAt: number,
  doneAt: number,
): CheckinRecord | null {
  let best: CheckinRecord | null = null;
  for (const checkin of checkins) {
    if (checkin.context === 'after' || checkin.actRecordId !== null) continue;
    if (checkin.at < startedAt - MOOD_PAIR_WINDOW_MS || checkin.at > doneAt) continue;
    if (!best || checkin.at > best.at) best = checkin;
  }
  return best;
}

/** A check-in on its own, saved at `now` (epoch ms). */
export function standaloneCheckinRecord(checkin: {
  id: string;
  now: number;
  mood: number;
  note: string;
}): CheckinRecord {
  return {
    id: checkin.id,
    at: checkin.now,
    mood: checkin.mood,
    context: 'standalone',
    note: checkin.note,
    actRecordId: null,
  };
}

/**
 * The mood after the act `act`, saved when it was done. Its id follows from the act's, so a
 * retried *Done* writes this check-in again rather than a second one.
 */
export function afterCheckinRecord(act: Pick<ActRecord, 'id' | 'at'>, mood: number): CheckinRecord {
  return { id: `${act.id.slice(0, 58)}-after`, at: act.at, mood, context: 'after', note: '', actRecordId: act.id };
}
