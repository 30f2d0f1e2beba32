import { describe, expect, it } from 'vitest';
import { totalsSince } from '@/utils/domain/stats/totals';
import { aRollup } from '@/tests/unit/helpers/history-records';

describe('totalsSince', () => {
  it('adds everything up since the first day with any record', () => {
    const rollups = [
      aRollup('2024-04-02', { acts: 2, episodes: 1, doomMs: 90_000 }),
      aRollup('2024-03-05', { checkins: 1, moodSum: 3 }),
      aRollup('2024-03-31', { acts: 1, nudgesAccepted: 1, doomMs: 30_000 }),
    ];

    const totals = totalsSince(rollups);

    expect(totals).toEqual({
      since: '2024-03-05',
      acts: 3,
      daysWithActs: 2,
      doomMinutes: 2,
      episodes: 1,
      nudgesAccepted: 1,
      checkins: 1,
    });
  });

  it('has no start day for an empty history', () => {
    expect(totalsSince([])).toEqual({
      since: null,
      acts: 0,
      daysWithActs: 0,
      doomMinutes: 0,
      episodes: 0,
      nudgesAccepted: 0,
      checkins: 0,
    });
  });
});
