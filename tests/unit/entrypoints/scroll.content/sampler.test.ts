import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The context the content-script build gets (`wxt.config.ts` aliases WXT's to it).
import { ContentScriptContext } from '@/utils/platform/content-script/quiet-context';
import { startSampler } from '@/entrypoints/scroll.content/sampler';
import { SAMPLE_EVERY_MS, SUMMARY_EVERY_MS } from '@/utils/domain/detection/constants';
import type { ScrollSummary } from '@/utils/domain/detection/summary';

const T0 = Date.UTC(2024, 5, 11, 9, 0, 0);

let ctx: ContentScriptContext;
let sent: ScrollSummary[];

/** An event as the browser makes it for the person's own input (happy-dom leaves `isTrusted` unset). */
function trusted<E extends Event>(event: E): E {
  return Object.defineProperty(event, 'isTrusted', { value: true });
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(trusted(new Event('visibilitychange')));
}

/** Scrolls the document to `top` px and ends the gesture, as a wheel flick would. */
function flickTo(top: number) {
  document.documentElement.scrollTop = top;
  document.dispatchEvent(trusted(new Event('scrollend')));
}

beforeEach(() => {
  vi.useFakeTimers({ now: T0 });
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 1000, configurable: true });
  document.documentElement.scrollTop = 0;
  document.body.innerHTML = '<input id="reply"><div id="feed"></div>';
  ctx = new ContentScriptContext('scroll-test');
  sent = [];
  // The starting position is read at once here; by default it waits for the person's first input.
  startSampler(
    ctx,
    (summary) => sent.push(summary),
    window,
    Date.now,
    (run) => run(),
  );
});

afterEach(() => {
  ctx.notifyInvalidated();
  vi.useRealTimers();
});

describe('startSampler', () => {
  it('reads nothing from the page’s layout at start, and its starting position at the person’s first input, once', () => {
    ctx.notifyInvalidated();
    const reads = vi.spyOn(document.documentElement, 'scrollTop', 'get');
    const own = new ContentScriptContext('scroll-start');

    startSampler(own, () => undefined);
    const readsAtStart = reads.mock.calls.length;
    document.dispatchEvent(new WheelEvent('wheel')); // made by a script: not the person's
    const readsAfterForged = reads.mock.calls.length;
    document.dispatchEvent(trusted(new WheelEvent('wheel')));
    document.dispatchEvent(trusted(new WheelEvent('wheel')));

    expect([readsAtStart, readsAfterForged, reads.mock.calls.length]).toEqual([0, 0, 1]);
    own.notifyInvalidated();
  });

  it('listens only for the person’s first input until they touch the page, then for everything it needs', () => {
    ctx.notifyInvalidated();
    const own = new ContentScriptContext('scroll-first-input');
    const added = vi.spyOn(document, 'addEventListener');

    startSampler(own, () => undefined);
    const atLoad = added.mock.calls.map(([type]) => type);
    document.dispatchEvent(trusted(new WheelEvent('wheel')));
    const afterFirst = added.mock.calls.map(([type]) => type).slice(atLoad.length);

    expect(atLoad).toEqual(['wheel', 'touchstart', 'keydown', 'pointerdown']);
    expect(afterFirst).toEqual(expect.arrayContaining(['scrollend', 'keydown', 'click', 'visibilitychange']));
    own.notifyInvalidated();
  });

  it('makes nothing at load but its four listeners: not even the context’s abort controller', () => {
    ctx.notifyInvalidated();
    const Native = globalThis.AbortController;
    let made = 0;
    vi.stubGlobal(
      'AbortController',
      class extends Native {
        constructor() {
          super();
          made += 1;
        }
      },
    );
    const own = new ContentScriptContext('scroll-lazy');

    startSampler(own, () => undefined);
    const atLoad = made;
    document.dispatchEvent(trusted(new WheelEvent('wheel')));
    vi.unstubAllGlobals();

    expect([atLoad, made]).toEqual([0, 1]);
    own.notifyInvalidated();
  });

  it('starts only the newest copy at the first input when a newer copy replaced one before anyone scrolled', () => {
    ctx.notifyInvalidated();
    const added = vi.spyOn(document, 'addEventListener');
    const older = new ContentScriptContext('scroll-replaced');
    startSampler(older, () => undefined);
    const newer = new ContentScriptContext('scroll-replaced');
    startSampler(newer, () => undefined);

    document.dispatchEvent(trusted(new WheelEvent('wheel')));

    expect(older.isValid).toBe(false);
    expect(added.mock.calls.filter(([type]) => type === 'scrollend')).toHaveLength(1);
    newer.notifyInvalidated();
  });

  it('counts the very first key that starts it, as it counts every later one', () => {
    ctx.notifyInvalidated();
    const summaries: ScrollSummary[] = [];
    const own = new ContentScriptContext('scroll-first-key');
    startSampler(own, (summary) => summaries.push(summary));

    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true })));
    vi.advanceTimersByTime(16_000);

    expect(summaries).toEqual([expect.objectContaining({ windowStart: T0, purposeful: 0 })]);
    own.notifyInvalidated();
  });

  it('counts from the position the page was at before the first wheel notch, not from the top', () => {
    ctx.notifyInvalidated();
    const summaries: ScrollSummary[] = [];
    document.documentElement.scrollTop = 2000; // a position the browser restored on load
    const own = new ContentScriptContext('scroll-restored');
    startSampler(own, (summary) => summaries.push(summary));

    document.dispatchEvent(trusted(new WheelEvent('wheel')));
    flickTo(3000);
    vi.advanceTimersByTime(16_000);

    expect(summaries).toEqual([expect.objectContaining({ downPx: 1000, screens: 1 })]);
    own.notifyInvalidated();
  });

  it('sends one summary after about fifteen seconds of scrolling, at the first tick that ends one', () => {
    flickTo(1000);
    vi.advanceTimersByTime(SAMPLE_EVERY_MS + 1_000);
    flickTo(3000);

    vi.advanceTimersByTime(16_000 - SAMPLE_EVERY_MS - 1_000);

    // Ticks every SAMPLE_EVERY_MS from the first flick; the window is due at 15 s.
    const due = Math.ceil(SUMMARY_EVERY_MS / SAMPLE_EVERY_MS) * SAMPLE_EVERY_MS;
    expect(sent).toEqual([expect.objectContaining({ downPx: 3000, screens: 3, windowStart: T0, windowEnd: T0 + due })]);
  });

  it('reads one position per tick, every five seconds while a window is open, and none between ticks', () => {
    const reads = vi.spyOn(document.documentElement, 'scrollTop', 'get');
    flickTo(1000);
    const atFlick = reads.mock.calls.length;
    vi.advanceTimersByTime(4_999);
    const beforeTick = reads.mock.calls.length;
    vi.advanceTimersByTime(1);

    expect(SAMPLE_EVERY_MS).toBe(5_000);
    expect([atFlick, beforeTick, reads.mock.calls.length]).toEqual([0, 0, 1]);
  });

  it('counts a scroll container inside the page in its own screens', () => {
    const feed = document.getElementById('feed')!;
    Object.defineProperty(feed, 'clientHeight', { value: 500, configurable: true });
    feed.scrollTop = 1500;
    feed.dispatchEvent(trusted(new Event('scrollend')));

    vi.advanceTimersByTime(16_000);

    expect(sent[0]).toMatchObject({ downPx: 1500, screens: 3 });
  });

  it('sends nothing while nothing happens', () => {
    vi.advanceTimersByTime(10 * 60_000);

    expect(sent).toEqual([]);
  });

  it('stops ticking once the last window is sent', () => {
    flickTo(500);
    vi.advanceTimersByTime(16_000);

    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends at once when the page hides, and nothing while hidden', () => {
    flickTo(800);
    vi.advanceTimersByTime(3_000);

    setVisibility('hidden');
    flickTo(5000);
    vi.advanceTimersByTime(60_000);

    expect(sent).toEqual([expect.objectContaining({ downPx: 800, windowEnd: T0 + 3_000 })]);
  });

  it('counts typing in a field as purposeful and other keys as plain activity', () => {
    const input = document.getElementById('reply')!;
    for (const key of 'thanks') input.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true })));
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true })));

    vi.advanceTimersByTime(16_000);

    expect(sent[0]).toMatchObject({ purposeful: 6 });
  });

  it('counts an address change as a new item, comparing the address at each tick where no event says so', () => {
    flickTo(300);
    history.pushState({}, '', '/shorts/abc');
    vi.advanceTimersByTime(SAMPLE_EVERY_MS);
    history.pushState({}, '', '/shorts/def#t=3');
    vi.advanceTimersByTime(16_000 - SAMPLE_EVERY_MS);

    expect(sent[0]).toMatchObject({ itemChanges: 2 });
  });

  it('counts address changes the Navigation API reports, at once, and reads no address at its ticks', () => {
    ctx.notifyInvalidated();
    const summaries: ScrollSummary[] = [];
    const navigation = new EventTarget();
    const page = Object.assign(Object.create(window) as Window, { navigation, document, location: window.location });
    Object.defineProperty(page, 'innerHeight', { value: 1000 });
    const own = new ContentScriptContext('scroll-navigation');
    startSampler(
      own,
      (summary) => summaries.push(summary),
      page,
      Date.now,
      (run) => run(),
    );
    const entryChanged = () => navigation.dispatchEvent(trusted(new Event('currententrychange')));

    flickTo(300);
    history.pushState({}, '', '/shorts/one');
    entryChanged();
    history.pushState({}, '', '/shorts/two');
    entryChanged();
    history.pushState({}, '', '/shorts/three'); // no event: not counted by a tick either
    vi.advanceTimersByTime(16_000);

    expect(summaries).toEqual([expect.objectContaining({ itemChanges: 2 })]);
    own.notifyInvalidated();
  });

  it('does not take a jump within the page for a new item', () => {
    flickTo(300);
    history.pushState({}, '', '#comments');
    vi.advanceTimersByTime(16_000);

    expect(sent[0]).toMatchObject({ itemChanges: 0 });
  });

  it('sends the open window when the page is left', () => {
    flickTo(700);

    window.dispatchEvent(trusted(new Event('pagehide')));

    expect(sent).toEqual([expect.objectContaining({ downPx: 700 })]);
  });

  it('stops listening when the extension context goes away', () => {
    ctx.notifyInvalidated();

    flickTo(2000);
    window.dispatchEvent(trusted(new Event('pagehide')));
    vi.advanceTimersByTime(60_000);

    expect(sent).toEqual([]);
  });

  it('never counts events a script made: forged scrolls, keys, clicks, hiding or leaving change nothing', () => {
    document.dispatchEvent(new Event('scrollend'));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    document.getElementById('reply')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    vi.advanceTimersByTime(16_000);
    const forgedOnly = [...sent];
    flickTo(1000);
    vi.advanceTimersByTime(3_000);
    document.dispatchEvent(new Event('visibilitychange'));
    window.dispatchEvent(new Event('pagehide'));
    const afterForgedHide = [...sent];

    vi.advanceTimersByTime(13_000);

    expect(forgedOnly).toEqual([]);
    expect(afterForgedHide).toEqual([]);
    expect(sent).toEqual([expect.objectContaining({ downPx: 1000, purposeful: 0 })]);
  });

  it('finds an inner scroller moved by keys while a window is already open, and keeps it for the next window', () => {
    const feed = document.getElementById('feed')!;
    Object.defineProperty(feed, 'clientHeight', { value: 500, configurable: true });
    document.body.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true })));
    vi.advanceTimersByTime(SAMPLE_EVERY_MS);
    feed.scrollTop = 1000;
    feed.dispatchEvent(trusted(new Event('scrollend', { bubbles: true })));
    vi.advanceTimersByTime(16_000 - SAMPLE_EVERY_MS);
    vi.advanceTimersByTime(30_000);
    document.body.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    feed.scrollTop = 2500;

    vi.advanceTimersByTime(16_000);

    expect(sent).toEqual([
      expect.objectContaining({ downPx: 1000, screens: 2 }),
      expect.objectContaining({ downPx: 1500, screens: 3 }),
    ]);
  });
});
