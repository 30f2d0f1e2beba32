import type { IDBPTransaction, StoreNames } from 'idb';
import { HISTORY_STORES } from '@/utils/domain/history/stores';
import { addDays, type DayKey, type DayKeyOf } from '@/utils/domain/stats/day-key';
import type { DailyRollup, HistoryEvent } from '@/utils/domain/stats/rollup';
import { createRollupAccumulator } from '@/utils/domain/stats/rollup-revise';
import { isBeforeStreak } from '@/utils/domain/stats/streak';
import type { HistoryDatabase } from './open-history-db';
import type { HistoryDb } from './schema';

/** Inclusive range of local days. */
export interface DayRange {
  from: DayKey;
  to: DayKey;
}

/** Records read per request while rebuilding: bounded memory with 100,000 records. */
const REBUILD_BATCH = 2000;

type WritableTx = IDBPTransaction<HistoryDb, ArrayLike<StoreNames<HistoryDb>>, 'readwrite' | 'versionchange'>;

/**
 * Recomputes every roll-up inside `tx` (which must cover all five stores): clears `daily`, reads
 * each record store in key order, batch by batch, and writes the sums. Used by `rebuildRollups`
 * and by the shipped version-2 upgrade step, so a change to what it writes needs a new step too.
 */
export async function fillRollups(tx: WritableTx, dayKeyOf: DayKeyOf): Promise<void> {
  const accumulator = createRollupAccumulator(dayKeyOf);
  for (const store of HISTORY_STORES) {
    const source = tx.objectStore(store);
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true);
      const batch = await source.getAll(range, REBUILD_BATCH);
      for (const record of batch) accumulator.add({ store, record } as HistoryEvent);
      if (batch.length < REBUILD_BATCH) break;
      after = batch.at(-1)?.id;
    }
  }
  const daily = tx.objectStore('daily');
  await daily.clear();
  await Promise.all(accumulator.result().map((rollup) => daily.put(rollup)));
}

/**
 * Throws the roll-ups away and recomputes them from the records, in one transaction. Call it after
 * an import or a bulk change made outside the `record*` functions, or when the time zone changed.
 */
export async function rebuildRollups(db: HistoryDatabase, dayKeyOf: DayKeyOf): Promise<void> {
  const tx = db.transaction([...HISTORY_STORES, 'daily'], 'readwrite');
  await fillRollups(tx, dayKeyOf);
  await tx.done;
}

/** The roll-ups of the days in the range, oldest first; days without records are absent. */
export function readRollups(db: HistoryDatabase, range: DayRange): Promise<DailyRollup[]> {
  return db.getAll('daily', IDBKeyRange.bound(range.from, range.to));
}

/** Every roll-up, oldest first: one per day with records, a few thousand after years of use. */
export function readAllRollups(db: HistoryDatabase): Promise<DailyRollup[]> {
  return db.getAll('daily');
}

/** Days read in the first step back from today while looking for the streak; each step doubles. */
const STREAK_FIRST_SPAN = 32;

/**
 * The days of the current streak of kind acts, newest first. Reads the roll-ups backwards from
 * today in ranges of doubling length (32 days, then 64, …) and stops at the first day that cannot
 * belong to the streak, so a year-long streak costs a handful of reads, not a cursor step per day.
 */
export async function readStreakDays(db: HistoryDatabase, today: DayKey): Promise<DayKey[]> {
  const days: DayKey[] = [];
  let to = today;
  for (let span = STREAK_FIRST_SPAN; ; span *= 2) {
    const from = addDays(to, 1 - span);
    const rollups = await readRollups(db, { from, to });
    for (const rollup of rollups.reverse()) {
      if (rollup.acts === 0) continue;
      if (isBeforeStreak(rollup.day, days.at(-1) ?? null, today)) return days;
      days.push(rollup.day);
    }
    // Unless the streak runs right up to the oldest day read, it ended within this range.
    if (days.at(-1) !== from) return days;
    to = addDays(from, -1);
  }
}
