import { describe, expect, it } from 'vitest';
import {
  INITIAL_DETECTOR_STATE,
  episodeToRecord,
  parseDetectorState,
  type OpenEpisode,
} from '@/utils/domain/detection/state';

const episode: OpenEpisode = {
  id: 'ep-1',
  startedAt: 1_000,
  lastSeenAt: 61_000,
  lastDoomAt: 61_000,
  doomMs: 45_000,
  activeMs: 60_000,
  sites: ['reddit.com'],
  nudgeLevel: 0,
  lastCheckpointAt: 1_000,
  thresholdReached: false,
};

describe('parseDetectorState', () => {
  it('reads back a stored state unchanged', () => {
    const stored = { coveredUntil: 61_000, episode };

    expect(parseDetectorState(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it('reads a state stored before the recent pace was kept, so an open episode survives the update', () => {
    const stored = { coveredUntil: 61_000, episode };

    expect(parseDetectorState(stored)).toEqual({ coveredUntil: 61_000, episode });
  });

  it('reads back the recent pace', () => {
    const stored = { coveredUntil: 61_000, episode, pace: { screens: 2.5, ms: 47_312.5 } };

    expect(parseDetectorState(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });

  it.each([
    ['nothing stored', undefined],
    ['a string', 'broken'],
    ['a negative time', { coveredUntil: -1, episode: null }],
    ['a broken episode', { coveredUntil: 0, episode: { ...episode, doomMs: Number.NaN } }],
    ['a broken pace', { coveredUntil: 0, episode: null, pace: { screens: -1, ms: 0 } }],
  ])('falls back to the initial state for %s', (_name, stored) => {
    expect(parseDetectorState(stored)).toEqual(INITIAL_DETECTOR_STATE);
  });
});

describe('episodeToRecord', () => {
  it('describes an open episode as a checkpoint without an end', () => {
    expect(episodeToRecord(episode)).toEqual({
      id: 'ep-1',
      startedAt: 1_000,
      lastActivityAt: 61_000,
      endedAt: null,
      endReason: null,
      doomMs: 45_000,
      activeMs: 60_000,
      sites: ['reddit.com'],
      nudgeLevel: 0,
    });
  });

  it('ends an episode at its last activity with the reason given', () => {
    expect(episodeToRecord(episode, { reason: 'idle' })).toMatchObject({ endedAt: 61_000, endReason: 'idle' });
  });
});
