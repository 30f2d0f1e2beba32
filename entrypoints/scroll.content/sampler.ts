import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SAMPLE_EVERY_MS } from '@/utils/domain/detection/constants';
import { createScrollPositions } from '@/utils/domain/detection/scroll-positions';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { createWindowAccumulator } from '@/utils/domain/detection/window-accumulator';
import { isTypingTarget, pageAddress } from '@/utils/platform/page-signals';

/**
 * What the sampler uses of its content-script context: WXT's, or the quiet one the build puts in its
 * place (`utils/platform/content-script/quiet-context.ts`).
 */
type SamplerContext = Pick<ContentScriptContext, 'signal' | 'onInvalidated' | 'setInterval' | 'addEventListener'>;

/** The listener options every sampler listener uses: capture (inner scrollers count) and passive. */
const QUIET = { capture: true, passive: true } as const;

/** Most inner scrollers read per tick: a page cannot make one tick read without end. */
const MAX_SCROLLERS = 16;

/**
 * `scrollend` events heard per summary window while the sampler ticks, before the listener rests
 * until the next summary (or until the page is idle again). A few are enough to learn which
 * element a key, a click or a wheel is moving; hearing every one cost ~25 µs an event in the
 * content script's world (headless wheel notches each end a gesture): 8–10 ms per 30 s.
 */
const SCROLLENDS_PER_WINDOW = 3;

/**
 * Watches one page and hands `send` a summary about every 15 s of activity, and at once when the
 * page hides. Per event it does almost nothing (DESIGN.md §4): one capture `scrollend` listener
 * notes which element moved (no layout read: reading positions at every `scrollend` cost ten times
 * the budget, as headless wheel notches each end a gesture) and wakes the sampler; positions and
 * the address are read only on a 0.2 Hz tick. While a window is open the listener hears its first few
 * `scrollend`s of every summary window, so an inner scroller moved by keys, a click or the page's
 * own script after a key is found however the window began, and the scrollers found are kept
 * across windows. Events a script made (not the
 * person) are never counted. Nothing runs while the page is hidden or idle; every listener and
 * timer goes away with `ctx`.
 *
 * At load it only waits: four passive listeners for the person's first input (a wheel notch, a
 * touch, a key, a press), and nothing read from the page's layout, no extension API touched. At
 * that first input (`startWhen`; tests start at once) it reads the starting scroll position, before
 * anything moved, and starts listening for the rest; the runtime is touched when the first summary
 * goes out. Read at once, at `document_idle`, the position forced the layout a freshly loaded feed
 * had pending (2–6 ms of the page's own work charged to Outward on every load), and the runtime's
 * first use costs 2–4 ms more. A page nobody touches costs its four listeners and no more.
 */
export function startSampler(
  ctx: SamplerContext,
  send: (summary: ScrollSummary) => void,
  win: Window = window,
  now: () => number = Date.now,
  startWhen: (start: (first?: Event) => void) => void = (start) => atFirstInput(ctx, win.document, start),
): void {
  startWhen((first) => watch(ctx, send, win, now, first));
}

/**
 * Everything the sampler does once the person has touched the page, `first` being that input. None
 * of it runs (or is even compiled: the engine compiles a function when it is first called) at page
 * load, where it cost a watched page about 1 ms while the person may never scroll it.
 */
function watch(
  ctx: SamplerContext,
  send: (summary: ScrollSummary) => void,
  win: Window,
  now: () => number,
  first?: Event,
): void {
  const doc = win.document;
  const acc = createWindowAccumulator(win.location.hostname);
  const positions = createScrollPositions();
  const scroller = () => doc.scrollingElement ?? doc.documentElement;
  // Short-video feeds change the URL per item; the Navigation API says so at once where it exists,
  // and elsewhere (Firefox) each tick compares the address.
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  let address = pageAddress(win.location);
  let timer: number | undefined;
  let started = false;
  const movedInner = new Set<Element>();
  let listening = false;
  let heard = 0;

  const visible = () => doc.visibilityState === 'visible';
  const flush = (force: boolean) => {
    const summaries = acc.take(now(), win.innerHeight, force);
    summaries.forEach(send);
    // A new summary window: listen again for which elements it moves.
    if (summaries.length > 0) listen();
  };
  const onScrollEnd = (event: Event) => {
    if (!event.isTrusted || !visible()) return;
    const target = event.target;
    if (target instanceof Element && !movedInner.has(target)) {
      if (movedInner.size >= MAX_SCROLLERS) forgetDetached();
      if (movedInner.size < MAX_SCROLLERS) movedInner.add(target);
    }
    if (timer !== undefined) {
      heard += 1;
      if (heard >= SCROLLENDS_PER_WINDOW) unlisten();
      return;
    }
    acc.active(now());
    startTicking();
  };
  const listen = () => {
    heard = 0;
    // `signal`, not `isInvalid`: the latter reads the extension runtime, which a page load need not wake.
    if (listening || ctx.signal.aborted) return;
    doc.addEventListener('scrollend', onScrollEnd, QUIET);
    listening = true;
  };
  const unlisten = () => {
    doc.removeEventListener('scrollend', onScrollEnd, QUIET);
    listening = false;
  };
  const forgetDetached = () => {
    for (const el of movedInner) if (!el.isConnected) movedInner.delete(el);
  };
  const stopTicking = () => {
    if (timer !== undefined) win.clearInterval(timer);
    timer = undefined;
    forgetDetached();
    listen();
  };
  const startTicking = () => {
    if (timer !== undefined) return;
    timer = ctx.setInterval(tick, SAMPLE_EVERY_MS);
  };
  const noticeAddress = (t: number) => {
    const current = pageAddress(win.location);
    if (current === address) return;
    address = current;
    acc.itemChanged(t);
  };
  const sampleDocument = (t: number) => acc.scrolled(t, positions.moved(doc, scroller().scrollTop), win.innerHeight);
  const rememberStart = () => {
    if (started) return;
    started = true;
    positions.remember(doc, scroller().scrollTop);
  };
  /**
   * Reads positions (document and inner scrollers that moved), and the address where no event
   * reports it: the only layout reads.
   */
  const sample = (t: number) => {
    rememberStart();
    if (!navigation) noticeAddress(t);
    sampleDocument(t);
    for (const el of movedInner)
      if (el !== scroller() && el.isConnected) acc.scrolled(t, positions.moved(el, el.scrollTop), el.clientHeight);
  };

  function tick() {
    const t = now();
    acc.tick(t);
    if (visible()) sample(t);
    flush(false);
    if (!acc.isOpen()) stopTicking();
  }

  const onKey = (event: Event) => {
    if (!event.isTrusted || !visible()) return;
    if (isTypingTarget(event.target)) acc.interacted(now());
    else acc.active(now()); // scroll keys and feed shortcuts (j/k) move through the feed
    startTicking();
  };
  // Everything the sampler listens to once the person has touched the page.
  rememberStart();
  listen();
  ctx.onInvalidated(unlisten);
  ctx.addEventListener(doc, 'keydown', onKey, QUIET);
  // The first input is being dispatched now: a listener added meanwhile does not hear it.
  if (first?.type === 'keydown') onKey(first);
  ctx.addEventListener(
    doc,
    'click',
    (event) => {
      if (!event.isTrusted) return;
      acc.interacted(now());
      startTicking();
    },
    QUIET,
  );
  ctx.addEventListener(
    doc,
    'mouseup',
    (event) => {
      // The selection's type only, never its text.
      if (!event.isTrusted || doc.getSelection()?.type !== 'Range') return;
      acc.interacted(now());
      startTicking();
    },
    QUIET,
  );
  ctx.addEventListener(doc, 'visibilitychange', (event) => {
    if (!event.isTrusted) return;
    if (visible()) {
      started = true;
      positions.remember(doc, scroller().scrollTop); // movement while hidden is not the person's
      return;
    }
    if (timer !== undefined) sample(now());
    flush(true);
    acc.interrupt();
    stopTicking();
  });
  ctx.addEventListener(win, 'pagehide', (event) => {
    if (!event.isTrusted) return;
    if (timer !== undefined && visible()) sample(now());
    flush(true);
    stopTicking();
  });
  if (navigation) {
    ctx.addEventListener(navigation, 'currententrychange', (event) => {
      if (!event.isTrusted || !visible()) return;
      noticeAddress(now());
      if (acc.isOpen()) startTicking();
    });
  }
}

/** Inputs that come before the page moves: a wheel notch, a touch, a key, a press on a scrollbar. */
const FIRST_INPUTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Calls `start` once, with the event, at the person's first input on the page, then listens for it
 * no more. Plain listeners, not the context's: tying them to its signal would make the context's
 * abort controller at load. A copy stopped before anyone touched the page (a newer copy replaced
 * it) takes them off at that first input and starts nothing.
 */
function atFirstInput(ctx: SamplerContext, doc: Document, start: (first: Event) => void): void {
  const once = (event: Event) => {
    if (!event.isTrusted) return;
    for (const type of FIRST_INPUTS) doc.removeEventListener(type, once, QUIET);
    if (!ctx.signal.aborted) start(event);
  };
  for (const type of FIRST_INPUTS) doc.addEventListener(type, once, QUIET);
}
