import { describe, expect, it } from 'vitest';
import { todayFigures, todayFiguresRange } from '@/utils/domain/stats/today';
import { aRollup } from '@/tests/unit/helpers/history-records';

describe('todayFigures', () => {
  const rollups = [
    aRollup('2024-03-24', { acts: 5 }),
    aRollup('2024-03-25', { acts: 1 }),
    aRollup('2024-03-27', { doomMs: 42 * 60_000 + 10_000, episodes: 3, acts: 2 }),
  ];

  it('shows doom minutes, episodes and acts today, and acts since the week began', () => {
    const figures = todayFigures(rollups, '2024-03-27', 1);

    expect(figures).toEqual({ day: '2024-03-27', doomMinutes: 42, episodes: 3, actsToday: 2, actsThisWeek: 3 });
  });

  it('counts the week from Sunday where that is the convention', () => {
    expect(todayFigures(rollups, '2024-03-27', 0).actsThisWeek).toBe(8);
  });

  it('shows zeros on a quiet day and for an empty history', () => {
    expect(todayFigures(rollups, '2024-03-28', 1)).toMatchObject({ doomMinutes: 0, episodes: 0, actsToday: 0 });
    expect(todayFigures([], '2024-03-28', 1)).toEqual({
      day: '2024-03-28',
      doomMinutes: 0,
      episodes: 0,
      actsToday: 0,
      actsThisWeek: 0,
    });
  });

  it('asks for the days from the start of the week to today', () => {
    expect(todayFiguresRange('2024-04-02', 1)).toEqual({ from: '2024-04-01', to: '2024-04-02' });
    expect(todayFiguresRange('2024-03-31', 1)).toEqual({ from: '2024-03-25', to: '2024-03-31' });
  });
});
