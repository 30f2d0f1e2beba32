import { addDays, daysFrom, type DayKey } from './day-key';
import { toMinutes } from './figures';
import type { DailyRollup } from './rollup';

/** How many days the journal's chart covers by default. */
export const SERIES_DAYS = 30;

/** One day of the doom-minutes against kind-acts chart. */
export interface DayPoint {
  day: DayKey;
  /** Doom-like scrolling that day, in whole minutes. */
  doomMinutes: number;
  acts: number;
}

/** The last `days` days up to `today`, oldest first, with days without records as zeros. */
export function dailySeries(rollups: Iterable<DailyRollup>, today: DayKey, days: number = SERIES_DAYS): DayPoint[] {
  const byDay = new Map<DayKey, DailyRollup>();
  for (const rollup of rollups) byDay.set(rollup.day, rollup);
  return daysFrom(addDays(today, 1 - days), today).map((day) => {
    const rollup = byDay.get(day);
    return { day, doomMinutes: toMinutes(rollup?.doomMs ?? 0), acts: rollup?.acts ?? 0 };
  });
}
