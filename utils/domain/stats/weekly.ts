import { addDays, daysBetween, type DayKey } from './day-key';
import { sumRollups, type PeriodFigures } from './figures';
import type { DailyRollup } from './rollup';
import { startOfWeek, type Weekday } from './week';

/** Figures of one span of days, with the span. */
export interface SpanFigures extends PeriodFigures {
  from: DayKey;
  to: DayKey;
}

/** This week against last week, for the journal's weekly reflection. */
export interface WeeklyReflection {
  /** From the start of this week to today. */
  thisWeek: SpanFigures;
  /** The whole of last week. */
  lastWeek: SpanFigures;
  /** Last week up to the same weekday as today, for a like-for-like comparison mid-week. */
  lastWeekToDate: SpanFigures;
  /** Days of this week so far, today included (1–7). */
  daysIntoWeek: number;
}

/** This week so far against last week; `rollups` must cover the last fourteen days. */
export function weeklyReflection(
  rollups: readonly DailyRollup[],
  today: DayKey,
  weekStartsOn: Weekday,
): WeeklyReflection {
  const start = startOfWeek(today, weekStartsOn);
  const lastStart = addDays(start, -7);
  const span = (from: DayKey, to: DayKey): SpanFigures => ({ from, to, ...sumRollups(rollups, from, to) });
  return {
    thisWeek: span(start, today),
    lastWeek: span(lastStart, addDays(start, -1)),
    lastWeekToDate: span(lastStart, addDays(today, -7)),
    daysIntoWeek: daysBetween(start, today) + 1,
  };
}
