import { describe, expect, it } from 'vitest';
import { milestones } from '@/utils/domain/stats/milestones';
import { emptyRollup, type DailyRollup } from '@/utils/domain/stats/rollup';

const acts = (day: string, count: number): DailyRollup => ({ ...emptyRollup(day), acts: count });

describe('milestones', () => {
  it('notes the day of the first and the tenth kind act, and a month since the beginning', () => {
    const rollups = [acts('2026-05-01', 0), acts('2026-05-03', 1), acts('2026-05-20', 7), acts('2026-06-02', 4)];

    expect(milestones(rollups, '2026-05-01', '2026-06-17')).toEqual([
      { kind: 'acts', day: '2026-05-03', count: 1 },
      { kind: 'month', day: '2026-05-31' },
      { kind: 'acts', day: '2026-06-02', count: 10 },
    ]);
  });

  it('notes the day of the first gift among the others, in order', () => {
    const rollups = [acts('2026-05-01', 1), acts('2026-06-05', 2)];

    expect(milestones(rollups, '2026-05-01', '2026-06-17', '2026-05-20')).toEqual([
      { kind: 'acts', day: '2026-05-01', count: 1 },
      { kind: 'gift', day: '2026-05-20' },
      { kind: 'month', day: '2026-05-31' },
    ]);
  });

  it('notes no first gift when none was recorded, or one dated after today', () => {
    const rollups = [acts('2026-06-10', 1)];

    expect(milestones(rollups, '2026-06-10', '2026-06-17', null).some((m) => m.kind === 'gift')).toBe(false);
    expect(milestones(rollups, '2026-06-10', '2026-06-17', '2026-06-18').some((m) => m.kind === 'gift')).toBe(false);
  });

  it('notes nothing still to come, and nothing for an empty history', () => {
    expect(milestones([acts('2026-06-10', 3)], '2026-06-10', '2026-06-17')).toEqual([
      { kind: 'acts', day: '2026-06-10', count: 1 },
    ]);
    expect(milestones([], null, '2026-06-17')).toEqual([]);
  });
});
