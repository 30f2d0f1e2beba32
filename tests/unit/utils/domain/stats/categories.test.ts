import { describe, expect, it } from 'vitest';
import { actsByCategory } from '@/utils/domain/stats/categories';
import { aRollup } from '@/tests/unit/helpers/history-records';

describe('actsByCategory', () => {
  it('sums each category over the days, most first', () => {
    const rollups = [
      aRollup('2024-03-01', { acts: 3, actsByCategory: { give: 1, connect: 2 } }),
      aRollup('2024-03-02', { acts: 2, actsByCategory: { give: 2 } }),
    ];

    const counts = actsByCategory(rollups);

    expect(counts.slice(0, 2)).toEqual([
      { category: 'give', acts: 3 },
      { category: 'connect', acts: 2 },
    ]);
  });

  it('lists every category, zeros in catalogue order, so the chart keeps its shape', () => {
    const counts = actsByCategory([]);

    expect(counts).toEqual([
      { category: 'connect', acts: 0 },
      { category: 'gratitude', acts: 0 },
      { category: 'support', acts: 0 },
      { category: 'give', acts: 0 },
      { category: 'community', acts: 0 },
      { category: 'online', acts: 0 },
    ]);
  });
});
