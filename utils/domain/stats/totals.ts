import type { DayKey } from './day-key';
import { toMinutes } from './figures';
import type { DailyRollup } from './rollup';

/** Everything since the first record, for "42 kind acts since March". */
export interface Totals {
  /** The first day with any record; null for an empty history. */
  since: DayKey | null;
  acts: number;
  /** Days with at least one kind act. */
  daysWithActs: number;
  /** Doom-like scrolling, in whole minutes. */
  doomMinutes: number;
  episodes: number;
  nudgesAccepted: number;
  checkins: number;
}

/** Totals over all roll-ups (one per day with records, so a few thousand at most). */
export function totalsSince(rollups: Iterable<DailyRollup>): Totals {
  let since: DayKey | null = null;
  let doomMs = 0;
  const sum = { acts: 0, daysWithActs: 0, episodes: 0, nudgesAccepted: 0, checkins: 0 };
  for (const rollup of rollups) {
    if (since === null || rollup.day < since) since = rollup.day;
    doomMs += rollup.doomMs;
    sum.acts += rollup.acts;
    if (rollup.acts > 0) sum.daysWithActs += 1;
    sum.episodes += rollup.episodes;
    sum.nudgesAccepted += rollup.nudgesAccepted;
    sum.checkins += rollup.checkins;
  }
  return { since, doomMinutes: toMinutes(doomMs), ...sum };
}
