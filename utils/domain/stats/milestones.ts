import { addDays, type DayKey } from './day-key';
import type { DailyRollup } from './rollup';

/** Counts of kind acts worth a quiet note in the timeline. */
export const ACT_MILESTONES = [1, 10, 50, 100, 250, 500, 1000] as const;

/** A quiet note on the day something was reached. Never about streaks or days missed. */
export type Milestone =
  | { kind: 'acts'; day: DayKey; count: number }
  | { kind: 'gift'; day: DayKey }
  | { kind: 'month'; day: DayKey }
  | { kind: 'year'; day: DayKey };

/**
 * The milestones reached by `today`, oldest first: the day the first, the tenth, the fiftieth…
 * kind act was done, the day of the first gift recorded (`firstGift`, when known), a month since
 * the first record, and a year. `rollups` oldest first.
 */
export function milestones(
  rollups: readonly DailyRollup[],
  since: DayKey | null,
  today: DayKey,
  firstGift: DayKey | null = null,
): Milestone[] {
  if (since === null) return [];
  const found: Milestone[] = [];
  let acts = 0;
  let next = 0;
  for (const rollup of rollups) {
    if (rollup.day > today) break;
    acts += rollup.acts;
    while (next < ACT_MILESTONES.length && acts >= ACT_MILESTONES[next]!) {
      found.push({ kind: 'acts', day: rollup.day, count: ACT_MILESTONES[next]! });
      next += 1;
    }
  }
  if (firstGift !== null && firstGift <= today) found.push({ kind: 'gift', day: firstGift });
  const month = addDays(since, 30);
  if (month <= today) found.push({ kind: 'month', day: month });
  const year = addDays(since, 365);
  if (year <= today) found.push({ kind: 'year', day: year });
  return found.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
