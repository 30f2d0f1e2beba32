import type { DayKey } from './day-key';
import type { DayPoint } from './series';

/** How this week's scrolling so far compares with the same days of last week. */
export type ScrollingTrend = 'none' | 'less' | 'same' | 'more';

/** Differences up to this many minutes read as "about the same": a few minutes are noise. */
export const SAME_MARGIN_MINUTES = 5;
/** …or up to this share of last week's figure, so large weeks need a larger change. */
export const SAME_MARGIN_SHARE = 0.1;

/** Compares doom minutes of this week so far with last week's same days, with a margin for noise. */
export function scrollingTrend(thisWeek: number, lastWeekToDate: number): ScrollingTrend {
  if (thisWeek === 0 && lastWeekToDate === 0) return 'none';
  const margin = Math.max(SAME_MARGIN_MINUTES, lastWeekToDate * SAME_MARGIN_SHARE);
  if (thisWeek < lastWeekToDate - margin) return 'less';
  if (thisWeek > lastWeekToDate + margin) return 'more';
  return 'same';
}

/** Days from `from` to `to` (both included) with at least one kind act, counted in a daily series. */
export function actDaysBetween(series: readonly DayPoint[], from: DayKey, to: DayKey): number {
  return series.filter((point) => point.day >= from && point.day <= to && point.acts > 0).length;
}
