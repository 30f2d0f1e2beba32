import { describe, expect, it } from 'vitest';
import { niceAxis, scaleTo } from '@/components/journal/scale';

describe('niceAxis', () => {
  it.each([
    [0, 4, [0, 1]],
    [3, 4, [0, 1, 2, 3]],
    [7, 3, [0, 5, 10]],
    [57, 4, [0, 20, 40, 60]],
    [300, 4, [0, 100, 200, 300]],
    [1234, 4, [0, 500, 1000, 1500]],
  ])('fits %i with about %i round steps', (value, count, ticks) => {
    const axis = niceAxis(value, count);

    expect(axis.ticks).toEqual(ticks);
    expect(axis.max).toBe(ticks.at(-1));
  });
});

describe('scaleTo', () => {
  it('maps values proportionally and an empty axis to nothing', () => {
    expect(scaleTo(15, 60, 200)).toBe(50);
    expect(scaleTo(3, 0, 200)).toBe(0);
  });
});
