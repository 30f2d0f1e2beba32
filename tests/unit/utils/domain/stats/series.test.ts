import { describe, expect, it } from 'vitest';
import { dailySeries } from '@/utils/domain/stats/series';
import { aRollup } from '@/tests/unit/helpers/history-records';

describe('dailySeries', () => {
  it('lists every one of the last N days, oldest first, with days without records as zeros', () => {
    const rollups = [aRollup('2024-02-28', { doomMs: 30 * 60_000, acts: 2 }), aRollup('2024-03-01', { acts: 1 })];

    const series = dailySeries(rollups, '2024-03-01', 3);

    expect(series).toEqual([
      { day: '2024-02-28', doomMinutes: 30, acts: 2 },
      { day: '2024-02-29', doomMinutes: 0, acts: 0 },
      { day: '2024-03-01', doomMinutes: 0, acts: 1 },
    ]);
  });

  it('ignores days outside the window', () => {
    const rollups = [aRollup('2024-01-01', { acts: 9 }), aRollup('2024-03-02', { acts: 9 })];

    const series = dailySeries(rollups, '2024-03-01', 2);

    expect(series.map((point) => point.acts)).toEqual([0, 0]);
  });

  it('covers thirty days by default, across a DST change without skipping or repeating a day', () => {
    const series = dailySeries([], '2024-04-10');

    expect(series).toHaveLength(30);
    expect(series[0]?.day).toBe('2024-03-12');
    expect(new Set(series.map((point) => point.day)).size).toBe(30);
  });

  it('rounds doom time to whole minutes', () => {
    const series = dailySeries([aRollup('2024-03-01', { doomMs: 89_999 })], '2024-03-01', 1);

    expect(series[0]?.doomMinutes).toBe(1);
  });

  it('draws an empty history as a flat line of zeros', () => {
    expect(dailySeries([], '2024-03-01', 2)).toEqual([
      { day: '2024-02-29', doomMinutes: 0, acts: 0 },
      { day: '2024-03-01', doomMinutes: 0, acts: 0 },
    ]);
  });
});
