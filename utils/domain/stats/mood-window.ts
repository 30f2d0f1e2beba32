import { addDays, type DayKey } from './day-key';
import type { DailyRollup } from './rollup';

/** The mood chart looks back at most this many days, today included. */
export const MOOD_WINDOW_MAX_DAYS = 90;
/**
 * …and no further back than the day by which this many kind acts were done: plenty of pairs for
 * an honest average, while a heavy user's read stays small (about a thousand records, not ten).
 */
export const MOOD_WINDOW_ACTS = 200;

/**
 * The first day of the mood chart's window: walking back from today through the roll-ups (oldest
 * first, as stored), the day the count of kind acts reaches `enoughActs`, or `maxDays` back at most.
 */
export function moodWindowStart(
  rollups: readonly DailyRollup[],
  today: DayKey,
  enoughActs: number = MOOD_WINDOW_ACTS,
  maxDays: number = MOOD_WINDOW_MAX_DAYS,
): DayKey {
  const earliest = addDays(today, 1 - maxDays);
  let acts = 0;
  for (let i = rollups.length - 1; i >= 0; i -= 1) {
    const rollup = rollups[i]!;
    if (rollup.day > today) continue;
    if (rollup.day < earliest) break;
    acts += rollup.acts;
    if (acts >= enoughActs) return rollup.day;
  }
  return earliest;
}
