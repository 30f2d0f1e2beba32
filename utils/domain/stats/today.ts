import type { DayKey } from './day-key';
import { sumRollups } from './figures';
import type { DailyRollup } from './rollup';
import { startOfWeek, type Weekday } from './week';

/** The popup's "today at a glance". */
export interface TodayFigures {
  day: DayKey;
  /** Doom-like scrolling today, in whole minutes. */
  doomMinutes: number;
  episodes: number;
  actsToday: number;
  /** Kind acts from the start of this week (by the locale's convention) to today. */
  actsThisWeek: number;
}

/** Today's figures; `rollups` must cover this week so far (more is fine). */
export function todayFigures(rollups: readonly DailyRollup[], today: DayKey, weekStartsOn: Weekday): TodayFigures {
  const todays = sumRollups(rollups, today, today);
  const week = sumRollups(rollups, startOfWeek(today, weekStartsOn), today);
  return {
    day: today,
    doomMinutes: todays.doomMinutes,
    episodes: todays.episodes,
    actsToday: todays.acts,
    actsThisWeek: week.acts,
  };
}

/** The days `todayFigures` needs: the start of this week to today. */
export function todayFiguresRange(today: DayKey, weekStartsOn: Weekday): { from: DayKey; to: DayKey } {
  return { from: startOfWeek(today, weekStartsOn), to: today };
}
