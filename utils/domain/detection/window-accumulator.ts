import {
  CARRY_PAUSE_MS,
  CLOCK_JUMP_MS,
  MAX_SUMMARY_PX,
  MAX_WINDOW_MS,
  SUMMARY_EVERY_MS,
  SUMMARY_SETTLE_MS,
} from './constants';
import type { ScrollSummary } from './summary';

/**
 * What the content script counts between two summaries, with no DOM in sight: the sampler feeds it
 * events and times (epoch ms) and asks it for summaries to send. Every call is O(1).
 */
export interface WindowAccumulator {
  /** Scrolling of `px` (negative: upwards, which adds no distance; zero: nothing) in a container `containerPx` tall. */
  scrolled(now: number, px: number, containerPx: number): void;
  /** The page moved to another item without a reload (SPA URL change). */
  itemChanged(now: number): void;
  /** A purposeful interaction: a click, a keystroke typed into a field, a text selection. */
  interacted(now: number): void;
  /** Input that is neither scrolling nor purposeful (scroll keys, feed shortcuts). */
  active(now: number): void;
  /** The sampler's periodic tick; notices a computer that slept with a window open. */
  tick(now: number): void;
  /** Summaries ready to send: a window cut by a sleep, and the open window once due (or when `force`d). */
  take(now: number, viewportPx: number, force?: boolean): ScrollSummary[];
  /** Whether a window has activity that has not been sent yet. */
  isOpen(): boolean;
  /** The page was hidden: the next window starts afresh instead of carrying on from the last one. */
  interrupt(): void;
}

interface Counts {
  start: number;
  firstActivityAt: number;
  downPx: number;
  screens: number;
  items: number;
  purposeful: number;
}

/** A fresh accumulator for one page on `host`. */
export function createWindowAccumulator(host: string): WindowAccumulator {
  let open: Counts | null = null;
  let closed: { counts: Counts; end: number } | null = null;
  let lastClockAt = 0;
  let lastSentAt: number | null = null;

  const cutIfSlept = (now: number) => {
    if (open && now - lastClockAt > CLOCK_JUMP_MS) {
      closed = { counts: open, end: lastClockAt };
      open = null;
      lastSentAt = null;
    }
  };
  const begin = (now: number): Counts => {
    cutIfSlept(now);
    if (!open) {
      // A short pause joins this window, so slow reading is measured over its whole stretch.
      const start = lastSentAt !== null && now >= lastSentAt && now - lastSentAt <= CARRY_PAUSE_MS ? lastSentAt : now;
      open = { start, firstActivityAt: now, downPx: 0, screens: 0, items: 0, purposeful: 0 };
    }
    lastClockAt = now;
    return open;
  };
  const build = (counts: Counts, end: number, viewportPx: number): ScrollSummary | null => {
    const windowStart = Math.max(counts.start, end - MAX_WINDOW_MS);
    if (end < windowStart) return null; // the clock went backwards: nothing honest to report
    return {
      windowStart,
      windowEnd: end,
      downPx: Math.min(Math.round(counts.downPx), MAX_SUMMARY_PX),
      viewportPx: Math.min(Math.max(Math.round(viewportPx), 1), 100_000),
      screens: Math.min(Math.round(counts.screens * 1000) / 1000, 100_000),
      itemChanges: Math.min(counts.items, 10_000),
      purposeful: Math.min(counts.purposeful, 10_000),
      // Windows are recorded only while the page is visible and closed as soon as it hides.
      visible: true,
      host,
    };
  };

  return {
    scrolled(now, px, containerPx) {
      if (px === 0) return; // a reading that did not move is not activity
      const counts = begin(now);
      if (px > 0 && containerPx > 0) {
        counts.downPx += px;
        counts.screens += px / containerPx;
      }
    },
    itemChanged: (now) => void (begin(now).items += 1),
    interacted: (now) => void (begin(now).purposeful += 1),
    active: (now) => void begin(now),
    tick(now) {
      cutIfSlept(now);
      if (open) lastClockAt = now;
    },
    take(now, viewportPx, force = false) {
      cutIfSlept(now);
      const out: ScrollSummary[] = [];
      if (closed) {
        const summary = build(closed.counts, closed.end, viewportPx);
        if (summary) out.push(summary);
        closed = null;
      }
      const due = open && now - open.start >= SUMMARY_EVERY_MS && now - open.firstActivityAt >= SUMMARY_SETTLE_MS;
      if (open && (force || due)) {
        const summary = build(open, now, viewportPx);
        if (summary) out.push(summary);
        open = null;
        lastSentAt = now;
      }
      return out;
    },
    isOpen: () => open !== null || closed !== null,
    interrupt() {
      lastSentAt = null;
    },
  };
}
