import { describe, expect, it } from 'vitest';
import { actDaysBetween, scrollingTrend } from '@/utils/domain/stats/reflection';

describe('scrollingTrend', () => {
  it.each([
    [0, 0, 'none'],
    [40, 100, 'less'],
    [94, 100, 'same'],
    [106, 100, 'same'],
    [111, 100, 'more'],
    [3, 0, 'same'],
    [12, 0, 'more'],
    [0, 4, 'same'],
    [0, 30, 'less'],
  ] as const)('reads %i minutes against %i last week as %s', (thisWeek, lastWeek, trend) => {
    expect(scrollingTrend(thisWeek, lastWeek)).toBe(trend);
  });
});

describe('actDaysBetween', () => {
  it('counts the days of the span with at least one kind act', () => {
    const series = [
      { day: '2024-03-24', doomMinutes: 0, acts: 2 },
      { day: '2024-03-25', doomMinutes: 10, acts: 1 },
      { day: '2024-03-26', doomMinutes: 0, acts: 0 },
      { day: '2024-03-27', doomMinutes: 5, acts: 3 },
    ];

    expect(actDaysBetween(series, '2024-03-25', '2024-03-27')).toBe(2);
  });
});
