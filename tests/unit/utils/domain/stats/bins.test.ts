import { describe, expect, it } from 'vitest';
import type { EpisodeRecord } from '@/utils/domain/history/records';
import { binRollups, rangeBins } from '@/utils/domain/stats/bins';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { emptyRollup, type DailyRollup } from '@/utils/domain/stats/rollup';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';

const day = (key: string, doomMinutes: number, acts = 0): DailyRollup => ({
  ...emptyRollup(key),
  doomMs: doomMinutes * 60_000,
  acts,
  episodes: doomMinutes > 0 ? 1 : 0,
});

const episode = (id: string, startedAt: number, doomMinutes: number): EpisodeRecord => ({
  id,
  startedAt,
  lastActivityAt: startedAt + doomMinutes * 60_000,
  endedAt: startedAt + doomMinutes * 60_000,
  endReason: 'inactive',
  doomMs: doomMinutes * 60_000,
  activeMs: doomMinutes * 60_000,
  sites: ['x.com'],
  nudgeLevel: 0,
});

describe('binRollups', () => {
  it('gives the last 30 days one bar each, zeros included, ending today', () => {
    const series = binRollups(
      [day('2026-06-01', 5), day('2026-06-17', 12, 2)],
      'days30',
      '2026-06-17',
      '2026-01-01',
      1,
    );

    expect(series.size).toBe('day');
    expect(series.bins).toHaveLength(30);
    expect(series.bins[0]).toEqual({ from: '2026-05-19', to: '2026-05-19', doomMinutes: 0, acts: 0 });
    expect(series.bins.at(-1)).toEqual({ from: '2026-06-17', to: '2026-06-17', doomMinutes: 12, acts: 2 });
    expect(series.bins.find((b) => b.from === '2026-06-01')?.doomMinutes).toBe(5);
  });

  it('cuts 12 weeks at the locale’s first weekday, the last week ending today', () => {
    // 2026-06-17 is a Wednesday; with Monday first, this week began on 15 June.
    const series = binRollups(
      [day('2026-03-23', 60, 1), day('2026-03-29', 30), day('2026-06-15', 10), day('2026-06-17', 20, 3)],
      'weeks12',
      '2026-06-17',
      '2026-01-01',
      1,
    );

    expect(series.size).toBe('week');
    expect(series.bins).toHaveLength(12);
    expect(series.bins[0]).toEqual({ from: '2026-03-30', to: '2026-04-05', doomMinutes: 0, acts: 0 });
    expect(series.bins.at(-1)).toEqual({ from: '2026-06-15', to: '2026-06-17', doomMinutes: 30, acts: 3 });
  });

  it('keeps a week across the spring daylight-saving change to its own seven local days', () => {
    // Berlin moved its clocks forward at 02:00 on Sunday 29 March 2026 (UTC+1 to UTC+2).
    const zone = 'Europe/Berlin';
    const records = [
      episode('mon-before', Date.UTC(2026, 2, 22, 23, 30), 7), // Monday 23 March, 00:30 local (UTC+1)
      episode('sun-late', Date.UTC(2026, 2, 29, 21, 45), 11), // Sunday 29 March, 23:45 local (UTC+2)
      episode('mon-after', Date.UTC(2026, 2, 29, 22, 15), 13), // Monday 30 March, 00:15 local (UTC+2)
    ];
    const rollups = rollupsFromRecords(
      records.map((record) => ({ store: 'episodes' as const, record })),
      dayKeyOfZone(zone),
    );

    const series = binRollups(rollups, 'all', '2026-04-05', '2026-03-23', 1);

    expect(series.bins).toEqual([
      { from: '2026-03-23', to: '2026-03-29', doomMinutes: 18, acts: 0 },
      { from: '2026-03-30', to: '2026-04-05', doomMinutes: 13, acts: 0 },
    ]);
  });

  it('shows all time by week from the first week with records, data older than 30 days included', () => {
    const series = binRollups([day('2026-04-01', 40, 1), day('2026-06-16', 5)], 'all', '2026-06-17', '2026-04-01', 1);

    expect(series.size).toBe('week');
    expect(series.bins[0]).toEqual({ from: '2026-03-30', to: '2026-04-05', doomMinutes: 40, acts: 1 });
    expect(series.bins.reduce((sum, b) => sum + b.doomMinutes, 0)).toBe(45);
  });

  it('shows all time by calendar month once it spans more than 26 weeks', () => {
    const series = binRollups(
      [day('2025-11-20', 90, 2), day('2025-12-31', 10), day('2026-06-17', 1, 1)],
      'all',
      '2026-06-17',
      '2025-11-20',
      1,
    );

    expect(series.size).toBe('month');
    expect(series.bins.map((b) => [b.from, b.to, b.doomMinutes, b.acts])).toEqual([
      ['2025-11-01', '2025-11-30', 90, 2],
      ['2025-12-01', '2025-12-31', 10, 0],
      ['2026-01-01', '2026-01-31', 0, 0],
      ['2026-02-01', '2026-02-28', 0, 0],
      ['2026-03-01', '2026-03-31', 0, 0],
      ['2026-04-01', '2026-04-30', 0, 0],
      ['2026-05-01', '2026-05-31', 0, 0],
      ['2026-06-01', '2026-06-17', 1, 1],
    ]);
  });

  it('starts a Sunday-first locale’s weeks on Sunday', () => {
    expect(rangeBins('weeks12', '2026-06-17', '2026-01-01', 0)).toEqual({ size: 'week', from: '2026-03-29' });
  });
});
