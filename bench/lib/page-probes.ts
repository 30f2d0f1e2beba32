import type { CdpSession } from './cdp-pipe';
import { PROBE_URL } from './profile';
import { sleep } from './stats';

/** What the in-page probe has recorded, in the page's `performance.now()` time. */
export interface FrameRecord {
  /** Now, when read. */
  now: number;
  /** Animation-frame gaps longer than 25 ms: [previous frame, this frame]. */
  slowGaps: [number, number][];
  /** When a new element appeared directly under `<html>` or `<body>` (the nudge card's host), or null. */
  cardAt: number | null;
  /** Two animation frames after `cardAt`: the frame that drew the card has been painted. */
  cardPaintAt: number | null;
  /** The page's `performance.timeOrigin` (epoch ms), to compare its times with the worker's clock. */
  origin: number;
}

/**
 * Injected into the page's main world in both modes: a requestAnimationFrame loop that keeps the
 * gaps over 25 ms (a dropped frame at 60 Hz or worse), and a watcher of the top level of the
 * document that notes when the nudge card's host element is added. Only direct children are
 * watched, so the feed's own growth costs the watcher nothing.
 */
export const FRAME_PROBE = `(() => {
  const record = { slowGaps: [], cardAt: null, cardPaintAt: null, origin: performance.timeOrigin };
  let last = 0;
  const loop = (t) => {
    if (last && t - last > 25) record.slowGaps.push([last, t]);
    last = t;
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const seen = new Set([...document.documentElement.children, ...document.body.children]);
  const watcher = new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof Element && !seen.has(node) && record.cardAt === null) {
          record.cardAt = performance.now();
          requestAnimationFrame(() => requestAnimationFrame(() => { record.cardPaintAt = performance.now(); }));
        }
  });
  watcher.observe(document.documentElement, { childList: true });
  watcher.observe(document.body, { childList: true });
  globalThis.__outwardBenchFrames = record;
})()
//# sourceURL=${PROBE_URL}`;

/** Reads the probe's record. */
export function readFrames(tab: CdpSession): Promise<FrameRecord> {
  return tab.evaluate(() => ({
    now: performance.now(),
    ...(globalThis as unknown as { __outwardBenchFrames: Omit<FrameRecord, 'now'> }).__outwardBenchFrames,
  }));
}

/** Counts the slow gaps that ended inside [from, to) (page time). */
export function slowFramesBetween(record: FrameRecord, from: number, to: number): number {
  return record.slowGaps.filter(([, end]) => end >= from && end < to).length;
}

/** The scripted scroll: how often and how far each wheel notch goes. */
export const WHEEL = { everyMs: 60, deltaY: 100, x: 640, y: 360 } as const;

/**
 * Wheel-scrolls down for `ms` with one `mouseWheel` event every `WHEEL.everyMs` (about one per
 * frame pair), dispatched through the DevTools protocol as real input. The number of events and
 * their deltas are fixed by `ms`, so every run scrolls exactly the same way; when the machine
 * falls behind, the run stretches rather than dropping events. Resolves to the events sent.
 */
export async function wheelScroll(tab: CdpSession, ms: number, onTick?: (elapsedMs: number) => void): Promise<number> {
  const events = Math.round(ms / WHEEL.everyMs);
  const start = Date.now();
  for (let k = 0; k < events; k += 1) {
    await tab.send('Input.dispatchMouseEvent', {
      type: 'mouseWheel',
      x: WHEEL.x,
      y: WHEEL.y,
      deltaX: 0,
      deltaY: WHEEL.deltaY,
    });
    onTick?.(Date.now() - start);
    await sleep(start + (k + 1) * WHEEL.everyMs - Date.now());
  }
  return events;
}
