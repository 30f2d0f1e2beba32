import { addDays, daysBetween, type DayKey } from './day-key';
import { sumRollups } from './figures';
import type { DailyRollup } from './rollup';

/** The first weeks and the latest weeks each last this many days. */
export const SINCE_WINDOW_DAYS = 14;
/**
 * "Since you began" speaks only once the history spans this many days: the first two weeks and
 * the last two then do not overlap and stand a fortnight apart, so a change means something.
 */
export const SINCE_MIN_DAYS = 42;
/** Changes up to this share of the first weeks' figure read as "about the same". */
export const SINCE_SAME_SHARE = 0.15;
/** …and always changes up to 10 minutes a week, or up to one act a week. */
export const SINCE_SAME_MINUTES = 10;
export const SINCE_SAME_ACTS = 1;

/** Which way a figure went between the first weeks and the latest, with a margin for noise. */
export type SinceTrend = 'less' | 'same' | 'more';

/** Weekly figures of one window of days. */
export interface SinceWindow {
  from: DayKey;
  to: DayKey;
  /** Doom-like scrolling per week, whole minutes. */
  doomMinutesPerWeek: number;
  /** Kind acts per week, to one decimal. */
  actsPerWeek: number;
}

/** The first weeks beside the latest, or how long until there is enough to compare. */
export type SinceYouBegan =
  | { status: 'too-early'; days: number; needed: number }
  | { status: 'ready'; first: SinceWindow; latest: SinceWindow; scrolling: SinceTrend; acts: SinceTrend };

/** Which way a figure went, `same` within `floor` or `SINCE_SAME_SHARE` of the first figure. */
export function trend(first: number, latest: number, floor: number): SinceTrend {
  const margin = Math.max(floor, first * SINCE_SAME_SHARE);
  if (latest < first - margin) return 'less';
  if (latest > first + margin) return 'more';
  return 'same';
}

function windowOf(rollups: readonly DailyRollup[], from: DayKey, to: DayKey): SinceWindow {
  const sum = sumRollups(rollups, from, to);
  const weeks = (daysBetween(from, to) + 1) / 7;
  return {
    from,
    to,
    doomMinutesPerWeek: Math.round(sum.doomMinutes / weeks),
    actsPerWeek: Math.round((sum.acts / weeks) * 10) / 10,
  };
}

/**
 * The first two weeks (from `since`, the first day with records) beside the last two (ending
 * today), per week. Silent (`too-early`) until the history spans `SINCE_MIN_DAYS`.
 */
export function sinceYouBegan(rollups: readonly DailyRollup[], since: DayKey | null, today: DayKey): SinceYouBegan {
  const days = since === null ? 0 : daysBetween(since, today) + 1;
  if (since === null || days < SINCE_MIN_DAYS) return { status: 'too-early', days, needed: SINCE_MIN_DAYS };
  const first = windowOf(rollups, since, addDays(since, SINCE_WINDOW_DAYS - 1));
  const latest = windowOf(rollups, addDays(today, 1 - SINCE_WINDOW_DAYS), today);
  return {
    status: 'ready',
    first,
    latest,
    scrolling: trend(first.doomMinutesPerWeek, latest.doomMinutesPerWeek, SINCE_SAME_MINUTES),
    acts: trend(first.actsPerWeek, latest.actsPerWeek, SINCE_SAME_ACTS),
  };
}
