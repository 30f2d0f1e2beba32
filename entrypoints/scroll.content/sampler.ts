import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SAMPLE_EVERY_MS } from '../../utils/domain/detection/constants';
import { createScrollPositions } from '../../utils/domain/detection/scroll-positions';
import type { ScrollSummary } from '../../utils/domain/detection/summary';
import { createWindowAccumulator } from '../../utils/domain/detection/window-accumulator';
import { isTypingTarget, pageAddress } from './page-signals';

/** The listener options every sampler listener uses: capture (inner scrollers count) and passive. */
const QUIET = { capture: true, passive: true } as const;

/**
 * Watches one page and hands `send` a summary about every 15 s of activity, and at once when the
 * page hides. Per event it only counts (DESIGN.md §4): scroll positions are read at `scrollend`
 * (once per gesture) and on a 0.5 Hz tick that runs only while a window is open. Nothing runs
 * while the page is hidden or idle; every listener and timer goes away with `ctx`.
 */
export function startSampler(
  ctx: ContentScriptContext,
  send: (summary: ScrollSummary) => void,
  win: Window = window,
  now: () => number = Date.now,
): void {
  const doc = win.document;
  const acc = createWindowAccumulator(win.location.hostname);
  const positions = createScrollPositions();
  const scroller = () => doc.scrollingElement ?? doc.documentElement;
  let address = pageAddress(win.location);
  let timer: number | undefined;

  const visible = () => doc.visibilityState === 'visible';
  const flush = (force: boolean) => acc.take(now(), win.innerHeight, force).forEach(send);
  const stopTicking = () => {
    if (timer !== undefined) win.clearInterval(timer);
    timer = undefined;
  };
  const startTicking = () => {
    if (timer === undefined) timer = ctx.setInterval(tick, SAMPLE_EVERY_MS);
  };
  const noticeAddress = (t: number) => {
    const current = pageAddress(win.location);
    if (current === address) return;
    address = current;
    acc.itemChanged(t);
  };
  const sampleDocument = (t: number) => acc.scrolled(t, positions.moved(doc, scroller().scrollTop), win.innerHeight);

  function tick() {
    const t = now();
    acc.tick(t);
    if (visible()) {
      noticeAddress(t);
      sampleDocument(t);
    }
    flush(false);
    if (!acc.isOpen()) stopTicking();
  }

  positions.remember(doc, scroller().scrollTop);
  ctx.addEventListener(
    doc,
    'scrollend',
    (event) => {
      if (!visible()) return;
      const t = now();
      const target = event.target;
      if (target instanceof Element && target !== scroller()) {
        acc.scrolled(t, positions.moved(target, target.scrollTop), target.clientHeight);
      } else sampleDocument(t);
      noticeAddress(t);
      startTicking();
    },
    QUIET,
  );
  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      if (!visible()) return;
      if (isTypingTarget(event.target)) acc.interacted(now());
      else acc.active(now()); // scroll keys and feed shortcuts (j/k) move through the feed
      startTicking();
    },
    QUIET,
  );
  ctx.addEventListener(
    doc,
    'click',
    () => {
      acc.interacted(now());
      startTicking();
    },
    QUIET,
  );
  ctx.addEventListener(
    doc,
    'mouseup',
    () => {
      // The selection's type only, never its text.
      if (doc.getSelection()?.type !== 'Range') return;
      acc.interacted(now());
      startTicking();
    },
    QUIET,
  );
  ctx.addEventListener(doc, 'visibilitychange', () => {
    if (visible()) {
      positions.remember(doc, scroller().scrollTop); // movement while hidden is not the person's
      return;
    }
    flush(true);
    acc.interrupt();
    stopTicking();
  });
  ctx.addEventListener(win, 'pagehide', () => {
    flush(true);
    stopTicking();
  });
  // Short-video feeds change the URL per item; the Navigation API says so at once where it exists.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) {
    ctx.addEventListener(navigation, 'currententrychange', () => {
      if (!visible()) return;
      noticeAddress(now());
      if (acc.isOpen()) startTicking();
    });
  }
}
