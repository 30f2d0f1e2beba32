import { describe, expect, it } from 'vitest';
import { currentStreak, isBeforeStreak } from '@/utils/domain/stats/streak';

describe('currentStreak', () => {
  it.each([
    ['no acts at all', [], '2024-03-10', { days: 0, includesToday: false, lastDay: null }],
    ['an act today only', ['2024-03-10'], '2024-03-10', { days: 1, includesToday: true, lastDay: '2024-03-10' }],
    [
      'three days in a row up to today',
      ['2024-03-08', '2024-03-09', '2024-03-10'],
      '2024-03-10',
      { days: 3, includesToday: true, lastDay: '2024-03-10' },
    ],
    [
      'a run ending yesterday, still going',
      ['2024-03-08', '2024-03-09'],
      '2024-03-10',
      { days: 2, includesToday: false, lastDay: '2024-03-09' },
    ],
    [
      'a run that ended two days ago: start again',
      ['2024-03-07', '2024-03-08'],
      '2024-03-10',
      { days: 0, includesToday: false, lastDay: null },
    ],
    [
      'a gap breaks the run',
      ['2024-03-05', '2024-03-06', '2024-03-08', '2024-03-09', '2024-03-10'],
      '2024-03-10',
      { days: 3, includesToday: true, lastDay: '2024-03-10' },
    ],
    [
      'across a month end and a leap day',
      ['2024-02-28', '2024-02-29', '2024-03-01'],
      '2024-03-01',
      { days: 3, includesToday: true, lastDay: '2024-03-01' },
    ],
    [
      'across the 23-hour day of a DST change',
      ['2024-03-30', '2024-03-31', '2024-04-01'],
      '2024-04-01',
      { days: 3, includesToday: true, lastDay: '2024-04-01' },
    ],
    [
      'across the 25-hour day of the autumn DST change',
      ['2024-10-26', '2024-10-27', '2024-10-28'],
      '2024-10-28',
      { days: 3, includesToday: true, lastDay: '2024-10-28' },
    ],
    [
      'across a year end',
      ['2024-12-30', '2024-12-31', '2025-01-01'],
      '2025-01-01',
      { days: 3, includesToday: true, lastDay: '2025-01-01' },
    ],
    [
      'unordered and repeated days',
      ['2024-03-10', '2024-03-09', '2024-03-10'],
      '2024-03-10',
      { days: 2, includesToday: true, lastDay: '2024-03-10' },
    ],
    [
      'acts dated after today are not counted',
      ['2024-03-11'],
      '2024-03-10',
      { days: 0, includesToday: false, lastDay: null },
    ],
  ])('%s', (_, days, today, expected) => {
    expect(currentStreak(days, today)).toEqual(expected);
  });
});

describe('isBeforeStreak', () => {
  it.each([
    ['yesterday, nothing collected yet', '2024-03-09', null, false],
    ['two days ago, nothing collected yet', '2024-03-08', null, true],
    ['the day before the oldest collected', '2024-03-05', '2024-03-06', false],
    ['two days before the oldest collected', '2024-03-04', '2024-03-06', true],
  ])('%s: %s', (_, day, oldest, expected) => {
    expect(isBeforeStreak(day, oldest, '2024-03-10')).toBe(expected);
  });
});
