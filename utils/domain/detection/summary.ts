import * as v from 'valibot';
import { MAX_SUMMARY_PX, MAX_WINDOW_MS } from './constants';

const EpochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const Pixels = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_SUMMARY_PX));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
/** A `location.hostname`: lower-case letters, digits, dots and hyphens (or a bracketed IPv6 address). */
const Hostname = v.pipe(v.string(), v.minLength(1), v.maxLength(253), v.regex(/^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])$/));

/**
 * One summary from the content-script sampler: what happened in one visible stretch of a tab
 * (about 15 s of activity, shorter when the tab was hidden). It carries counts only, never page text.
 */
export const ScrollSummarySchema = v.pipe(
  v.strictObject({
    /** Epoch ms when the window began. */
    windowStart: EpochMs,
    /** Epoch ms when the window ended; never before `windowStart`. */
    windowEnd: EpochMs,
    /** Pixels scrolled downwards, summed over the document and inner scroll containers. */
    downPx: Pixels,
    /** Height of the viewport in CSS pixels when the window ended. */
    viewportPx: v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(100_000)),
    /** Downward scrolling in screens (each container's pixels divided by its own height). */
    screens: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100_000)),
    /** Items moved through without scrolling: SPA URL changes, as on short-video feeds. */
    itemChanges: Count,
    /** Purposeful interactions: clicks, keystrokes typed into fields, text selections. */
    purposeful: Count,
    /** Whether the page was visible for the whole window. */
    visible: v.boolean(),
    /** Host name of the page, e.g. `old.reddit.com`. */
    host: Hostname,
  }),
  v.check((s) => s.windowEnd >= s.windowStart, 'windowEnd must not be before windowStart'),
  v.check((s) => s.windowEnd - s.windowStart <= MAX_WINDOW_MS, `a window must not span more than ${MAX_WINDOW_MS} ms`),
);

/** A validated sampler summary; see `ScrollSummarySchema`. */
export type ScrollSummary = v.InferOutput<typeof ScrollSummarySchema>;
