import { describe, expect, it } from 'vitest';
import { weeklyReflection } from '@/utils/domain/stats/weekly';
import { aRollup } from '@/tests/unit/helpers/history-records';

const MINUTE = 60_000;
const rollups = [
  aRollup('2024-03-18', { doomMs: 60 * MINUTE, acts: 1, nudgesShown: 2, nudgesAccepted: 1 }),
  aRollup('2024-03-22', { doomMs: 30 * MINUTE, acts: 2, nudgesShown: 1 }),
  aRollup('2024-03-24', { doomMs: 10 * MINUTE, acts: 1 }),
  aRollup('2024-03-25', { doomMs: 20 * MINUTE, acts: 1, nudgesShown: 1, nudgesAccepted: 1 }),
  aRollup('2024-03-27', { doomMs: 5 * MINUTE, acts: 3 }),
];

describe('weeklyReflection', () => {
  it('compares this week so far (Monday start) with the whole of last week and with last week to date', () => {
    const reflection = weeklyReflection(rollups, '2024-03-27', 1);

    expect(reflection.thisWeek).toMatchObject({ from: '2024-03-25', to: '2024-03-27', doomMinutes: 25, acts: 4 });
    expect(reflection.thisWeek.nudgesAccepted).toBe(1);
    expect(reflection.lastWeek).toMatchObject({ from: '2024-03-18', to: '2024-03-24', doomMinutes: 100, acts: 4 });
    expect(reflection.lastWeek).toMatchObject({ nudgesShown: 3, nudgesAccepted: 1 });
    expect(reflection.lastWeekToDate).toMatchObject({ from: '2024-03-18', to: '2024-03-20', acts: 1 });
    expect(reflection.daysIntoWeek).toBe(3);
  });

  it('follows a Sunday week start', () => {
    const reflection = weeklyReflection(rollups, '2024-03-27', 0);

    expect(reflection.thisWeek).toMatchObject({ from: '2024-03-24', acts: 5 });
    expect(reflection.lastWeek).toMatchObject({ from: '2024-03-17', to: '2024-03-23', acts: 3 });
  });

  it('spans a DST change and a month boundary as seven calendar days', () => {
    const reflection = weeklyReflection([aRollup('2024-03-31', { acts: 2 })], '2024-04-02', 1);

    expect(reflection.thisWeek).toMatchObject({ from: '2024-04-01', to: '2024-04-02', acts: 0 });
    expect(reflection.lastWeek).toMatchObject({ from: '2024-03-25', to: '2024-03-31', acts: 2 });
  });

  it('says nothing happened for an empty history', () => {
    const reflection = weeklyReflection([], '2024-03-27', 1);

    expect(reflection.thisWeek).toEqual({
      from: '2024-03-25',
      to: '2024-03-27',
      doomMinutes: 0,
      episodes: 0,
      acts: 0,
      nudgesShown: 0,
      nudgesAccepted: 0,
      checkins: 0,
    });
  });
});
