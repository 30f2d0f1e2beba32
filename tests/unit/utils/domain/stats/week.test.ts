import { describe, expect, it } from 'vitest';
import { DEFAULT_WEEK_START, startOfWeek, weekStartForLocale } from '@/utils/domain/stats/week';

describe('weekStartForLocale', () => {
  it.each([
    ['en-US', 0],
    ['de-DE', 1],
    ['en-GB', 1],
    ['ar-EG', 6],
  ])('starts weeks in %s on weekday %d', (locale, weekday) => {
    expect(weekStartForLocale(locale)).toBe(weekday);
  });

  it('falls back to Monday for a malformed locale tag', () => {
    expect(weekStartForLocale('not a locale!')).toBe(DEFAULT_WEEK_START);
  });
});

describe('startOfWeek', () => {
  it.each([
    ['2024-04-03', 1, '2024-04-01'],
    ['2024-04-01', 1, '2024-04-01'],
    ['2024-03-31', 1, '2024-03-25'],
    ['2024-03-31', 0, '2024-03-31'],
    ['2024-04-06', 0, '2024-03-31'],
    ['2024-03-01', 6, '2024-02-24'],
    ['2025-01-01', 1, '2024-12-30'],
  ] as const)('puts %s in the week starting (weekday %d) on %s', (day, weekStartsOn, expected) => {
    expect(startOfWeek(day, weekStartsOn)).toBe(expected);
  });
});
