import { describe, expect, it } from 'vitest';
import { MOOD_WINDOW_MAX_DAYS, moodWindowStart } from '@/utils/domain/stats/mood-window';
import { aRollup } from '@/tests/unit/helpers/history-records';

describe('moodWindowStart', () => {
  it('goes back to the day the count of kind acts reaches enough', () => {
    const rollups = [
      aRollup('2024-03-01', { acts: 9 }),
      aRollup('2024-03-20', { acts: 4 }),
      aRollup('2024-03-25', { acts: 3, checkins: 2 }),
      aRollup('2024-03-27', { acts: 2 }),
    ];

    expect(moodWindowStart(rollups, '2024-03-27', 5)).toBe('2024-03-25');
    expect(moodWindowStart(rollups, '2024-03-27', 6)).toBe('2024-03-20');
  });

  it(`looks back ${MOOD_WINDOW_MAX_DAYS} days at most, today included`, () => {
    const rollups = [aRollup('2023-12-01', { acts: 500 }), aRollup('2024-03-27', { acts: 1 })];

    expect(moodWindowStart(rollups, '2024-03-27')).toBe('2023-12-29');
    expect(moodWindowStart([], '2024-03-27', 10, 30)).toBe('2024-02-27');
  });

  it('ignores days after today (a clock set back)', () => {
    const rollups = [aRollup('2024-03-26', { acts: 1 }), aRollup('2024-03-30', { acts: 50 })];

    expect(moodWindowStart(rollups, '2024-03-27', 10, 30)).toBe('2024-02-27');
  });
});
