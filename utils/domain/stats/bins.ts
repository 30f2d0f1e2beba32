import { addDays, daysBetween, type DayKey } from './day-key';
import { toMinutes } from './figures';
import type { DailyRollup } from './rollup';
import { startOfWeek, type Weekday } from './week';

/** The journal charts' ranges: the last 30 days by day, the last 12 weeks by week, or everything. */
export const CHART_RANGES = ['days30', 'weeks12', 'all'] as const;
export type ChartRange = (typeof CHART_RANGES)[number];

/** How long one bar of a chart lasts. */
export type BinSize = 'day' | 'week' | 'month';

/** All time is drawn by week while it spans at most this many weeks, by month beyond. */
export const ALL_TIME_WEEKLY_MAX = 26;

/** One bar of a chart: the days it covers (both included) and what they hold. */
export interface Bin {
  from: DayKey;
  to: DayKey;
  /** Doom-like scrolling in these days, whole minutes. */
  doomMinutes: number;
  acts: number;
}

/** A chart's bins, oldest first, and their size. */
export interface BinnedSeries {
  size: BinSize;
  bins: Bin[];
}

/** What a range needs: where it starts and how it is cut. `since` is the first day with records. */
export function rangeBins(
  range: ChartRange,
  today: DayKey,
  since: DayKey,
  weekStartsOn: Weekday,
): { size: BinSize; from: DayKey } {
  if (range === 'days30') return { size: 'day', from: addDays(today, -29) };
  if (range === 'weeks12') return { size: 'week', from: addDays(startOfWeek(today, weekStartsOn), -7 * 11) };
  const first = since < today ? since : today;
  const weeks = Math.ceil((daysBetween(startOfWeek(first, weekStartsOn), today) + 1) / 7);
  if (weeks <= ALL_TIME_WEEKLY_MAX) return { size: 'week', from: startOfWeek(first, weekStartsOn) };
  return { size: 'month', from: `${first.slice(0, 7)}-01` };
}

/** The first day of the bin after the one that starts on `from`. */
function nextStart(from: DayKey, size: BinSize): DayKey {
  if (size === 'day') return addDays(from, 1);
  if (size === 'week') return addDays(from, 7);
  const [year, month] = from.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/**
 * Cuts the roll-ups (oldest first, as stored) into bars for a range: calendar days, weeks that
 * start on the locale's first weekday, or calendar months. Roll-ups are keyed by local day, so a
 * week across a daylight-saving change holds exactly its seven days. Bins with nothing are zeros;
 * the last bin ends today.
 */
export function binRollups(
  rollups: readonly DailyRollup[],
  range: ChartRange,
  today: DayKey,
  since: DayKey,
  weekStartsOn: Weekday,
): BinnedSeries {
  const { size, from } = rangeBins(range, today, since, weekStartsOn);
  const bins: Bin[] = [];
  for (let start = from; start <= today; start = nextStart(start, size)) {
    const end = addDays(nextStart(start, size), -1);
    bins.push({ from: start, to: end < today ? end : today, doomMinutes: 0, acts: 0 });
  }
  const doomMs = bins.map(() => 0);
  let b = 0;
  for (const rollup of rollups) {
    if (rollup.day < from || rollup.day > today) continue;
    while (b < bins.length - 1 && rollup.day > bins[b]!.to) b += 1;
    doomMs[b]! += rollup.doomMs;
    bins[b]!.acts += rollup.acts;
  }
  bins.forEach((bin, i) => (bin.doomMinutes = toMinutes(doomMs[i]!)));
  return { size, bins };
}
