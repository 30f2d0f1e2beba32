import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ScrollSummarySchema } from '@/utils/domain/detection/summary';
import { createWindowAccumulator } from '@/utils/domain/detection/window-accumulator';

const T0 = Date.UTC(2024, 5, 11, 9, 0, 0);
const S = 1_000;

/** Ticks every two seconds from `from` to `to`, taking what is ready after each tick. */
function tickThrough(acc: ReturnType<typeof createWindowAccumulator>, from: number, to: number) {
  const sent = [];
  for (let t = from; t <= to; t += 2 * S) {
    acc.tick(t);
    sent.push(...acc.take(t, 900));
  }
  return sent;
}

describe('createWindowAccumulator', () => {
  it('sends nothing while nothing happens', () => {
    const acc = createWindowAccumulator('www.reddit.com');

    expect(tickThrough(acc, T0, T0 + 60 * S)).toEqual([]);
    expect(acc.isOpen()).toBe(false);
  });

  it('sends one summary once fifteen seconds of activity have passed', () => {
    const acc = createWindowAccumulator('www.reddit.com');
    acc.scrolled(T0, 900, 900);
    acc.scrolled(T0 + 5 * S, 1800, 900);

    expect(acc.take(T0 + 14 * S, 900)).toEqual([]);
    expect(acc.take(T0 + 15 * S, 900)).toEqual([
      {
        windowStart: T0,
        windowEnd: T0 + 15 * S,
        downPx: 2700,
        viewportPx: 900,
        screens: 3,
        itemChanges: 0,
        purposeful: 0,
        visible: true,
        host: 'www.reddit.com',
      },
    ]);
  });

  it('measures screens in each container’s own height and ignores scrolling up', () => {
    const acc = createWindowAccumulator('www.youtube.com');
    acc.scrolled(T0, 800, 800);
    acc.scrolled(T0 + S, -400, 900);
    acc.scrolled(T0 + 2 * S, 450, 900);

    const [summary] = acc.take(T0 + 20 * S, 900);

    expect(summary).toMatchObject({ downPx: 1250, screens: 1.5 });
  });

  it('counts item changes and purposeful interactions', () => {
    const acc = createWindowAccumulator('www.tiktok.com');
    acc.itemChanged(T0);
    acc.itemChanged(T0 + 3 * S);
    acc.interacted(T0 + 4 * S);
    acc.active(T0 + 5 * S);

    const [summary] = acc.take(T0 + 15 * S, 900);

    expect(summary).toMatchObject({ itemChanges: 2, purposeful: 1, downPx: 0 });
  });

  it('does not take a position reading that did not move for activity', () => {
    const acc = createWindowAccumulator('x.com');
    acc.scrolled(T0, 0, 900);

    expect(acc.isOpen()).toBe(false);
    expect(acc.take(T0 + 20 * S, 900, true)).toEqual([]);
  });

  it('sends at once when forced, as when the page hides', () => {
    const acc = createWindowAccumulator('x.com');
    acc.scrolled(T0, 300, 900);

    expect(acc.take(T0 + 2 * S, 900, true)).toHaveLength(1);
    expect(acc.isOpen()).toBe(false);
  });

  it('sends contiguous summaries at most once per fifteen seconds of continuous scrolling', () => {
    const acc = createWindowAccumulator('x.com');
    const sent = [];
    for (let t = T0; t < T0 + 60 * S; t += S) {
      acc.scrolled(t, 200, 900);
      if (t % (2 * S) === 0) sent.push(...acc.take(t, 900));
    }

    expect(sent.map((s) => [s.windowStart - T0, s.windowEnd - T0])).toEqual([
      [0, 16 * S],
      [16 * S, 32 * S],
      [32 * S, 48 * S],
    ]);
  });

  it('joins a short pause to the next window so slow reading is measured over its whole stretch', () => {
    const acc = createWindowAccumulator('old.reddit.com');
    acc.scrolled(T0, 400, 900);
    acc.take(T0 + 15 * S, 900);
    acc.scrolled(T0 + 50 * S, 400, 900);

    const sent = tickThrough(acc, T0 + 50 * S, T0 + 60 * S);

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ windowStart: T0 + 15 * S, windowEnd: T0 + 56 * S });
  });

  it('starts afresh after a pause longer than a minute', () => {
    const acc = createWindowAccumulator('old.reddit.com');
    acc.scrolled(T0, 400, 900);
    acc.take(T0 + 15 * S, 900);
    acc.scrolled(T0 + 90 * S, 400, 900);

    const [summary] = acc.take(T0 + 105 * S, 900);

    expect(summary!.windowStart).toBe(T0 + 90 * S);
  });

  it('starts afresh after the page was hidden', () => {
    const acc = createWindowAccumulator('x.com');
    acc.scrolled(T0, 400, 900);
    acc.take(T0 + 15 * S, 900);
    acc.interrupt();
    acc.scrolled(T0 + 30 * S, 400, 900);

    const [summary] = acc.take(T0 + 45 * S, 900);

    expect(summary!.windowStart).toBe(T0 + 30 * S);
  });

  it('cuts the window at the last tick before the computer slept and never reports the sleep', () => {
    const acc = createWindowAccumulator('x.com');
    acc.scrolled(T0, 900, 900);
    acc.tick(T0 + 2 * S);
    acc.tick(T0 + 4 * S);
    const wake = T0 + 2 * 3600 * S;
    acc.scrolled(wake, 900, 900);

    const sent = [...acc.take(wake, 900), ...acc.take(wake + 15 * S, 900)];

    expect(sent.map((s) => [s.windowStart, s.windowEnd])).toEqual([
      [T0, T0 + 4 * S],
      [wake, wake + 15 * S],
    ]);
  });

  it('builds only summaries the background accepts, even from extreme input', () => {
    const acc = createWindowAccumulator('x.com');
    for (let i = 0; i < 20_000; i++) acc.itemChanged(T0 + i);
    acc.scrolled(T0 + 20_000, 1e12, 0.5);

    const sent = acc.take(T0 + 20 * S, 0, true);

    expect(sent).toHaveLength(1);
    expect(v.safeParse(ScrollSummarySchema, sent[0]).success).toBe(true);
  });
});
