import { describe, expect, it } from 'vitest';
import { GAP_MS, PACE_LEAD_IN_MS } from '@/utils/domain/detection/constants';
import { advancePace, screensPerMinute, type Pace } from '@/utils/domain/detection/pace';

const S = 1_000;

/** The pace after windows of `windowMs` each moving `screens`, back to back from a fresh start. */
function steady(windows: number, windowMs: number, screens: number): Pace {
  let pace: Pace | undefined;
  for (let i = 0; i < windows; i++) pace = advancePace(pace, pace ? 0 : Infinity, windowMs, windowMs, screens);
  return pace!;
}

describe('advancePace', () => {
  it('starts a stretch with a little stillness, so one step alone is not a fast pace', () => {
    const pace = advancePace(undefined, Infinity, 16 * S, 16 * S, 0.875);

    expect(pace.screens).toBe(0.875);
    expect(pace.ms).toBeGreaterThan(16 * S + PACE_LEAD_IN_MS / 2);
    expect(screensPerMinute(pace)).toBeLessThan(3);
  });

  it('takes a short silence before a window for stillness', () => {
    const before = steady(8, 15 * S, 3);

    const after = advancePace(before, 40 * S, 15 * S, 15 * S, 3);

    expect(screensPerMinute(after)).toBeLessThan(screensPerMinute(advancePace(before, 0, 15 * S, 15 * S, 3)));
  });

  it('starts afresh after a silence longer than a gap', () => {
    const before = steady(8, 15 * S, 3);

    expect(advancePace(before, GAP_MS + 1, 15 * S, 15 * S, 3)).toEqual(
      advancePace(undefined, Infinity, 15 * S, 15 * S, 3),
    );
  });

  it('adds only the share of screens that falls in the part of a window not counted before', () => {
    const pace = advancePace(undefined, Infinity, 5 * S, 15 * S, 3);

    expect(pace.screens).toBeCloseTo(1);
  });

  it('settles on the pace of steady scrolling', () => {
    expect(screensPerMinute(steady(40, 15 * S, 3))).toBeCloseTo(12, 1);
    expect(screensPerMinute(steady(40, 20 * S, 0.875))).toBeCloseTo(2.625, 1);
  });
});
