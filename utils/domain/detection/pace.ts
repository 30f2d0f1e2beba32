import * as v from 'valibot';
import { GAP_MS, MIN_RATE_WINDOW_MS, MINUTE_MS, PACE_HALF_LIFE_MS, PACE_LEAD_IN_MS } from './constants';

/**
 * The recent scrolling pace across tabs: screens moved and time observed, each earlier second
 * weighing less (halving every `PACE_HALF_LIFE_MS`). Windows are judged one by one, but a reader
 * who presses PageDown every 20–40 s sends windows that each hold one step over 15–20 s, which
 * alone reads as three screens a minute or more; over the stretch it is two or less.
 */
export const PaceSchema = v.object({
  /** Screens, decayed. */
  screens: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9)),
  /** Milliseconds observed (windows and the short silences between them), decayed. */
  ms: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1e9)),
});

export type Pace = v.InferOutput<typeof PaceSchema>;

/** The pace before a stretch's first window: a little stillness, the reading before the first scroll. */
const FRESH: Readonly<Pace> = Object.freeze({ screens: 0, ms: PACE_LEAD_IN_MS });

/**
 * The pace once a window has been counted: `silenceMs` nobody reported before it (stillness when
 * at most `GAP_MS`; longer, and the stretch starts afresh), then `countedMs` of the window that
 * moved `screens` over its whole `windowMs`.
 */
export function advancePace(
  pace: Pace | undefined,
  silenceMs: number,
  countedMs: number,
  windowMs: number,
  screens: number,
): Pace {
  let current = pace && silenceMs <= GAP_MS ? pace : FRESH;
  if (silenceMs > 0 && silenceMs <= GAP_MS) current = decay(current, silenceMs, 0);
  return decay(current, countedMs, windowMs > 0 ? (screens * countedMs) / windowMs : screens);
}

/** Screens a minute over the recent stretch. */
export function screensPerMinute(pace: Pace): number {
  return (pace.screens / Math.max(pace.ms, MIN_RATE_WINDOW_MS)) * MINUTE_MS;
}

function decay(pace: Pace, ms: number, screens: number): Pace {
  const keep = 0.5 ** (ms / PACE_HALF_LIFE_MS);
  return { screens: pace.screens * keep + screens, ms: pace.ms * keep + ms };
}
