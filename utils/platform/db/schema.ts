import type { DBSchema } from 'idb';
import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeRecord } from '@/utils/domain/history/records';
import type { DailyRollup } from '@/utils/domain/stats/rollup';

/** Name of the history database in production. Tests pass their own names. */
export const HISTORY_DB_NAME = 'outward-history';
/** Current schema version; bump it and append an `if (oldVersion < N)` step in `open-history-db.ts`. */
export const HISTORY_DB_VERSION = 2;

/**
 * The history database: one store per record kind, each with time indexes for range queries, and
 * `daily` (since version 2): roll-ups keyed by local day `YYYY-MM-DD`, derived from the other stores.
 */
export interface HistoryDb extends DBSchema {
  episodes: { key: string; value: EpisodeRecord; indexes: { 'by-start': number } };
  nudges: { key: string; value: NudgeRecord; indexes: { 'by-time': number; 'by-episode': string } };
  acts: { key: string; value: ActRecord; indexes: { 'by-time': number } };
  checkins: { key: string; value: CheckinRecord; indexes: { 'by-time': number } };
  daily: { key: string; value: DailyRollup };
}
