import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeRecord } from '@/utils/domain/history/records';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import { localDayKeyOf } from '../time-zone';
import type { HistoryDatabase } from './open-history-db';
import { recordAct, recordCheckin, recordNudge, saveEpisodeWithRollup } from './record-with-rollup';

/** Inclusive time range in epoch ms. */
export interface TimeRange {
  from: number;
  to: number;
}

function rangeOf({ from, to }: TimeRange): IDBKeyRange {
  return IDBKeyRange.bound(from, to);
}

// Every write below also keeps the `daily` roll-ups right, in the same transaction and idempotently
// by id; `dayKeyOf` places records on local days (this browser's time zone by default).

/** Episodes: one record per doom-scroll episode, checkpointed while open and finalised at the end. */
export const episodesRepo = {
  /** Inserts or replaces an episode (checkpoints and the final write use the same id). */
  save: (db: HistoryDatabase, episode: EpisodeRecord, dayKeyOf: DayKeyOf = localDayKeyOf()) =>
    saveEpisodeWithRollup(db, episode, dayKeyOf),
  get: (db: HistoryDatabase, id: string) => db.get('episodes', id),
  /** Episodes that started within the range, oldest first. */
  startedBetween: (db: HistoryDatabase, range: TimeRange) => db.getAllFromIndex('episodes', 'by-start', rangeOf(range)),
};

/** Nudges: every nudge shown and its outcome. */
export const nudgesRepo = {
  /** Inserts or replaces a nudge (shown, then again with its outcome). */
  save: (db: HistoryDatabase, nudge: NudgeRecord, dayKeyOf: DayKeyOf = localDayKeyOf()) =>
    recordNudge(db, nudge, dayKeyOf),
  get: (db: HistoryDatabase, id: string) => db.get('nudges', id),
  between: (db: HistoryDatabase, range: TimeRange) => db.getAllFromIndex('nudges', 'by-time', rangeOf(range)),
  forEpisode: (db: HistoryDatabase, episodeId: string) => db.getAllFromIndex('nudges', 'by-episode', episodeId),
};

/** Kind acts the person did. */
export const actsRepo = {
  add: (db: HistoryDatabase, act: ActRecord, dayKeyOf: DayKeyOf = localDayKeyOf()) => recordAct(db, act, dayKeyOf),
  between: (db: HistoryDatabase, range: TimeRange) => db.getAllFromIndex('acts', 'by-time', rangeOf(range)),
  count: (db: HistoryDatabase) => db.count('acts'),
};

/** Mood check-ins. */
export const checkinsRepo = {
  /** Inserts or replaces a check-in (one changed within a few minutes keeps its id). */
  add: (db: HistoryDatabase, checkin: CheckinRecord, dayKeyOf: DayKeyOf = localDayKeyOf()) =>
    recordCheckin(db, checkin, dayKeyOf),
  between: (db: HistoryDatabase, range: TimeRange) => db.getAllFromIndex('checkins', 'by-time', rangeOf(range)),
  /** The most recent `limit` check-ins, newest first, read backwards along the time index. */
  async latest(db: HistoryDatabase, limit: number): Promise<CheckinRecord[]> {
    const out: CheckinRecord[] = [];
    let cursor = await db.transaction('checkins').store.index('by-time').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  },
};
