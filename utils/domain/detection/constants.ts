/**
 * Every number the doom-scroll detector uses (DESIGN.md §4), with where it came from. The person
 * tunes `detection.minutesBeforeNudge` and `detection.sensitivity` in settings; the rest are fixed.
 */

/** Milliseconds in a minute, the unit every rate below is expressed in. */
export const MINUTE_MS = 60_000;

/**
 * Screens per minute at or above which a window is doom-like (normal sensitivity). Careful reading
 * moves about one screen a minute (≈ 250 words a minute, 250–400 words a screen); skimming a feed
 * moves ten or more. Three sits well clear of reading and well below skimming (DESIGN.md §4).
 */
export const DOOM_SCREENS_PER_MINUTE = 3;

/**
 * Item changes (SPA URL changes) per minute at or above which a window is doom-like (normal
 * sensitivity): fifteen means four seconds or less per item, which is swiping short videos, not
 * watching them; watching clips through changes item one to four times a minute (DESIGN.md §4).
 */
export const DOOM_ITEMS_PER_MINUTE = 15;

/**
 * Most purposeful interactions per minute (clicks, typing keystrokes, text selections) a window may
 * have and still be doom-like. A feed scroller likes or taps now and then, about one or two per
 * 15-second summary (4–8 a minute); typing a reply is 150 keystrokes a minute or more.
 */
export const PURPOSEFUL_MAX_PER_MINUTE = 8;

/**
 * Shortest duration used as a rate's denominator: a summary cut short by hiding the tab two
 * seconds into a window must not turn one flick into "thirty screens a minute".
 */
export const MIN_RATE_WINDOW_MS = 10_000;

/**
 * Half-life (ms) of the recent pace a window's screens are also judged by (see \`pace.ts\`): long
 * enough to span a few 15–20 s windows of slow reading, short enough that fast scrolling after a
 * read is noticed within a window.
 */
export const PACE_HALF_LIFE_MS = 45_000;

/**
 * Stillness (ms) a stretch's pace starts with when nothing was reported in the minute before its
 * first window: the person looked at the page before the first scroll, so the first step alone
 * (a PageDown is seven eighths of a screen) must not read as a fast pace.
 */
export const PACE_LEAD_IN_MS = 20_000;

/** An episode ends after this long without a doom-like window (DESIGN.md §4: 3 minutes). */
export const INACTIVE_END_MS = 3 * MINUTE_MS;

/**
 * Silence longer than this between observations is a gap (sleep, lid closed, away from the
 * keys): the episode ends at its last activity, and the gap's time never counts (DESIGN.md §4).
 * Matches the browser's default idle-detection interval of 60 seconds.
 */
export const GAP_MS = 60_000;

/**
 * The open episode is checkpointed at the first fold this long (ms) after the previous checkpoint.
 * Summaries arrive every ~15 s, so 45 s yields a checkpoint at least once a minute: a browser
 * crash loses less than a minute of the episode.
 */
export const CHECKPOINT_EVERY_MS = 45_000;

/** Most distinct watched sites kept on one episode, so the state stays small and O(1) to update. */
export const MAX_EPISODE_SITES = 20;

/**
 * Multipliers of the speed thresholds per `settings.detection.sensitivity`: high notices at two
 * thirds of the normal speed (2 screens or 10 items a minute), low only at one and a half times it.
 */
export const SENSITIVITY_FACTORS = { low: 1.5, normal: 1, high: 2 / 3 } as const;

/** Longest window a summary may describe (ms); the sampler sends every ~15 s, so 5 min is generous. */
export const MAX_WINDOW_MS = 5 * MINUTE_MS;

/** Largest pixel count a summary may report; ten million pixels is thousands of screens. */
export const MAX_SUMMARY_PX = 10_000_000;

// ---- The content-script sampler (DESIGN.md §4, §8) ----

/** A summary is sent after about this much time of activity (ms): at most 4 messages a minute. */
export const SUMMARY_EVERY_MS = 15_000;

/**
 * A window is sent only once this long has passed since its first activity (ms), so a gesture
 * after a pause is summarised with what follows it, not alone.
 */
export const SUMMARY_SETTLE_MS = 5_000;

/**
 * While a window is open the sampler ticks this often (ms): one scroll-position read (and, where
 * no Navigation API reports URL changes, one address compare) per tick, three per 15 s window.
 * Reading positions costs (it flushes the layout a growing feed has pending), so never per scroll
 * event. At 2 s the reads were most of the content script's 4.2 ms per 30 s of wheel scrolling
 * (bench/README.md); at 5 s about half of that. Downward distance is summed between reads, so
 * scrolling down and back up within 5 s counts less: this errs towards not nudging.
 */
export const SAMPLE_EVERY_MS = 5_000;

/**
 * A pause shorter than this (ms) joins the next window, so slow reading is measured over its whole
 * stretch rather than gesture by gesture. Equal to `GAP_MS`: a longer pause is a gap.
 */
export const CARRY_PAUSE_MS = GAP_MS;

/**
 * A tick arriving this much later than due (ms) means the computer slept: the open window ends at
 * the last tick before the sleep, and the sleep never counts.
 */
export const CLOCK_JUMP_MS = 20_000;
