import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyboardTrace, PAGE_STEP, pressesAfter, type KeyEvent } from '@/tests/fixtures/scroll-traces/keyboard-reading';
import { replay } from '@/tests/fixtures/scroll-traces/replay';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';

const T0 = Date.UTC(2024, 5, 11, 9, 0, 0);
const S = 1_000;
const VIEWPORT = 900;
const STEP_PX = PAGE_STEP * VIEWPORT;

/** The lowest threshold a person can set (one minute), so any doom time at all would show. */
const settings = createDefaultSettings();
settings.detection.minutesBeforeNudge = 1;

const read = (events: KeyEvent[]) => keyboardTrace('www.reddit.com', events, VIEWPORT);
const kinds = (events: KeyEvent[]) => replay(read(events), { settings }).decisions.map((d) => d.kind);
/** Gaps between presses of a slow reader: one PageDown every 20–40 s. */
const readingGaps = fc.array(fc.integer({ min: 20 * S, max: 40 * S }), { minLength: 3, maxLength: 40 });

describe('keyboard reading as the sampler reports it', () => {
  it('sends one window per PageDown, the first from the press itself and none shorter than 15 s', () => {
    const sent = read(pressesAfter(T0, [0, 20 * S, 20 * S, 20 * S], STEP_PX));

    expect(sent.map((s) => [(s.windowStart - T0) / S, (s.windowEnd - T0) / S, s.screens])).toEqual([
      // Ticks every 5 s from each press: a window is due at 15 s, the last one 5 s after its press.
      [0, 15, PAGE_STEP],
      [15, 30, PAGE_STEP],
      [30, 45, PAGE_STEP],
      [45, 65, PAGE_STEP],
    ]);
  });

  it('finds no episode when PageDown comes every 20–40 s', () => {
    fc.assert(
      fc.property(readingGaps, (gaps) => {
        expect(kinds(pressesAfter(T0, gaps, STEP_PX))).toEqual([]);
      }),
    );
  });

  it('finds no episode when the reading is broken by pauses, other tabs and a longer rest', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gaps: readingGaps,
            /** After this stretch: nothing, the tab hidden for a while, or a rest of over a minute. */
            then: fc.constantFrom('hide', 'rest', 'none'),
            away: fc.integer({ min: 1 * S, max: 5 * 60 * S }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (stretches) => {
          const events: KeyEvent[] = [];
          let at = T0;
          for (const { gaps, then, away } of stretches) {
            events.push(...pressesAfter(at, gaps, STEP_PX));
            at = events.at(-1)!.at + 10 * S;
            if (then === 'hide') events.push({ at, hide: true });
            at += then === 'rest' ? 61 * S + away : away;
          }

          expect(kinds(events)).toEqual([]);
        },
      ),
    );
  });

  it('still counts paging through a feed, one PageDown every few seconds, up to the threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1 * S, max: 12 * S }), { minLength: 40, maxLength: 60 }), (gaps) => {
        const decisions = kinds(pressesAfter(T0, gaps, STEP_PX));

        expect(decisions[0]).toBe('episode-started');
        expect(decisions).toContain('threshold-reached');
      }),
    );
  });

  it('draws the line at the doom pace: a PageDown every 17 s is three screens a minute, every 18 s is not', () => {
    const every = (gap: number) => kinds(pressesAfter(T0, Array<number>(30).fill(gap), STEP_PX));

    expect(every(17 * S)).toContain('threshold-reached');
    expect(every(18 * S)).not.toContain('threshold-reached');
  });
});
