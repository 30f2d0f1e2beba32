import { describe, expect, it } from 'vitest';
import type { EpisodeRecord } from '@/utils/domain/history/records';
import { minutesBySite } from '@/utils/domain/stats/site-minutes';

const episode = (id: string, doomMinutes: number, sites: string[]): EpisodeRecord => ({
  id,
  startedAt: Date.UTC(2026, 5, 17, 9),
  lastActivityAt: Date.UTC(2026, 5, 17, 10),
  endedAt: Date.UTC(2026, 5, 17, 10),
  endReason: 'inactive',
  doomMs: doomMinutes * 60_000,
  activeMs: doomMinutes * 60_000,
  sites,
  nudgeLevel: 0,
});

describe('minutesBySite', () => {
  it('sums whole minutes and episodes per site, the site that pulls hardest first', () => {
    const sites = minutesBySite([
      episode('a', 20, ['x.com']),
      episode('b', 30.4, ['reddit.com']),
      episode('c', 15, ['x.com']),
    ]);

    expect(sites).toEqual([
      { site: 'x.com', minutes: 35, episodes: 2 },
      { site: 'reddit.com', minutes: 30, episodes: 1 },
    ]);
  });

  it('counts an episode that moved between sites in full for each of them, once per site', () => {
    const sites = minutesBySite([episode('a', 10, ['x.com', 'reddit.com', 'x.com'])]);

    expect(sites).toEqual([
      { site: 'reddit.com', minutes: 10, episodes: 1 },
      { site: 'x.com', minutes: 10, episodes: 1 },
    ]);
  });

  it('lists nothing for no episodes', () => {
    expect(minutesBySite([])).toEqual([]);
  });
});
