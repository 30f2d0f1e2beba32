import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '@/utils/domain/random';

const take = (seed: number, count: number) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    expect(take(7, 20)).toEqual(take(7, 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(7, 20)).not.toEqual(take(8, 20));
  });

  it('stays within [0, 1) and spreads evenly', () => {
    const values = take(12345, 10_000);

    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const lowTenth = values.filter((value) => value < 0.1).length / values.length;
    expect(lowTenth).toBeGreaterThan(0.08);
    expect(lowTenth).toBeLessThan(0.12);
  });
});
