import { describe, expect, it } from 'vitest';
import { INITIAL_DETECTOR_STATE, type DetectorState } from '@/utils/domain/detection/state';
import { badgeFor } from '@/utils/domain/nudges/badge';
import type { ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { aResolvedAct } from '@/tests/unit/helpers/acts';

const MIN = 60_000;
const settings = createDefaultSettings();
const quiet = { ...settings, nudges: { ...settings.nudges, badge: false } };
const open = (doomMs: number): DetectorState => ({
  coveredUntil: 0,
  episode: {
    id: 'ep-1',
    startedAt: 0,
    lastSeenAt: 0,
    lastDoomAt: 0,
    doomMs,
    activeMs: doomMs,
    sites: ['reddit.com'],
    nudgeLevel: 0,
    lastCheckpointAt: null,
    thresholdReached: false,
  },
});
const waiting: ActiveNudge = {
  record: { id: 'n-1', at: 0, episodeId: 'ep-1', site: null, level: 1, actId: 'a', outcome: 'shown', outcomeAt: null },
  act: aResolvedAct(),
  tabId: null,
  channel: 'badge',
};

describe('badgeFor', () => {
  it('marks a waiting nudge, even when minutes are not counted', () => {
    expect(badgeFor(open(20 * MIN), { active: waiting }, quiet)).toEqual({ kind: 'nudge' });
  });

  it('counts the open episode’s whole doom minutes', () => {
    expect(badgeFor(open(2.9 * MIN), { active: null }, settings)).toEqual({ kind: 'minutes', minutes: 2 });
  });

  it('shows nothing below a minute, without an episode, or when the person turned the count off', () => {
    expect(badgeFor(open(59_000), { active: null }, settings)).toEqual({ kind: 'none' });
    expect(badgeFor(INITIAL_DETECTOR_STATE, { active: null }, settings)).toEqual({ kind: 'none' });
    expect(badgeFor(open(5 * MIN), { active: null }, quiet)).toEqual({ kind: 'none' });
  });
});
