import { addDays, type DayKey } from './day-key';

/**
 * Consecutive local days with at least one kind act. A streak still counts while today has no act
 * yet (it ends yesterday); after a day without one it is simply 0, and the copy starts again.
 */
export interface Streak {
  /** Days in a row; 0 when there is no current streak. */
  days: number;
  /** Whether today already has a kind act. */
  includesToday: boolean;
  /** The most recent day of the streak; null when `days` is 0. */
  lastDay: DayKey | null;
}

/** The current streak, given the days that had kind acts (any order, repeats allowed). */
export function currentStreak(actDays: Iterable<DayKey>, today: DayKey): Streak {
  const days = new Set(actDays);
  const yesterday = addDays(today, -1);
  const lastDay = days.has(today) ? today : days.has(yesterday) ? yesterday : null;
  if (lastDay === null) return { days: 0, includesToday: false, lastDay: null };
  let count = 0;
  for (let day = lastDay; days.has(day); day = addDays(day, -1)) count += 1;
  return { days: count, includesToday: lastDay === today, lastDay };
}

/**
 * For reading act days newest first: whether `day` is already too old to belong to the current
 * streak, given the oldest act day collected so far (null: none yet). Readers stop there.
 */
export function isBeforeStreak(day: DayKey, oldestCollected: DayKey | null, today: DayKey): boolean {
  const earliestNeeded = addDays(oldestCollected ?? today, -1);
  return day < earliestNeeded;
}
