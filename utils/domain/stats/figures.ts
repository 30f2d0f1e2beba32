import type { DayKey } from './day-key';
import type { DailyRollup } from './rollup';

/** Counts over a span of days, summed from roll-ups. */
export interface PeriodFigures {
  /** Doom-like scrolling, in whole minutes (rounded). */
  doomMinutes: number;
  episodes: number;
  acts: number;
  nudgesShown: number;
  nudgesAccepted: number;
  checkins: number;
}

/** Milliseconds as whole minutes, rounded to the nearest. */
export function toMinutes(ms: number): number {
  return Math.round(ms / 60_000);
}

/** Sums the roll-ups of the days from `from` to `to` (both included); other days are ignored. */
export function sumRollups(rollups: Iterable<DailyRollup>, from: DayKey, to: DayKey): PeriodFigures {
  let doomMs = 0;
  const sum = { episodes: 0, acts: 0, nudgesShown: 0, nudgesAccepted: 0, checkins: 0 };
  for (const rollup of rollups) {
    if (rollup.day < from || rollup.day > to) continue;
    doomMs += rollup.doomMs;
    sum.episodes += rollup.episodes;
    sum.acts += rollup.acts;
    sum.nudgesShown += rollup.nudgesShown;
    sum.nudgesAccepted += rollup.nudgesAccepted;
    sum.checkins += rollup.checkins;
  }
  return { doomMinutes: toMinutes(doomMs), ...sum };
}
