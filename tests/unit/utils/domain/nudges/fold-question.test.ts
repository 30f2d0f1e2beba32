import { describe, expect, it } from 'vitest';
import type { DetectorState, OpenEpisode } from '@/utils/domain/detection/state';
import { doomMinutesOf, endedEpisodeIds, foldQuestion } from '@/utils/domain/nudges/fold-question';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';

const episode: OpenEpisode = {
  id: 'ep-1',
  startedAt: 0,
  lastSeenAt: 600_000,
  lastDoomAt: 600_000,
  doomMs: 570_000,
  activeMs: 600_000,
  sites: ['reddit.com'],
  nudgeLevel: 0,
  lastCheckpointAt: null,
  thresholdReached: false,
};
const open: DetectorState = { coveredUntil: 600_000, episode };
const settings = createDefaultSettings();
settings.watchedSites = [
  { host: 'reddit.com', enabled: true, minutesBeforeNudge: null },
  { host: 'x.com', enabled: true, minutesBeforeNudge: 5 },
  { host: 'tiktok.com', enabled: false, minutesBeforeNudge: null },
];

describe('foldQuestion', () => {
  it('asks about the open episode in fractional doom minutes, on the watched site the page belongs to', () => {
    expect(foldQuestion(open, settings, 'old.reddit.com')).toEqual({
      episode: { id: 'ep-1', doomMinutes: 9.5 },
      thresholdMinutes: 15,
      site: 'reddit.com',
    });
  });

  it('uses the site’s own threshold where it has one', () => {
    expect(foldQuestion(open, settings, 'x.com')?.thresholdMinutes).toBe(5);
  });

  it.each([
    ['no episode is open', { coveredUntil: 0, episode: null }, 'reddit.com'],
    ['the site is not watched', open, 'example.org'],
    ['the site is switched off', open, 'www.tiktok.com'],
  ])('asks nothing when %s', (_case, detector, host) => {
    expect(foldQuestion(detector, settings, host)).toBeNull();
  });
});

describe('doomMinutesOf', () => {
  it('gives the doom minutes of the episode while it is open, and 0 once it is gone', () => {
    expect([doomMinutesOf(open, 'ep-1'), doomMinutesOf(open, 'ep-0'), doomMinutesOf(open, null)]).toEqual([9.5, 0, 0]);
  });
});

describe('endedEpisodeIds', () => {
  it('lists the episodes the decisions end', () => {
    const record = { ...episode, lastActivityAt: 1, endedAt: 1, endReason: 'inactive' as const };

    expect(
      endedEpisodeIds([
        { kind: 'doom-minutes', episodeId: 'ep-1', minutes: 9 },
        { kind: 'episode-ended', episode: { ...record, id: 'ep-0' }, reason: 'gap' },
      ]),
    ).toEqual(['ep-0']);
  });
});
