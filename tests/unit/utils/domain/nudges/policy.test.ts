import { describe, expect, it } from 'vitest';
import { localClockForZone, type LocalClock } from '@/utils/domain/nudges/local-clock';
import { decideNudge, isQuietTime, nudgeLadder, type NudgeDecision } from '@/utils/domain/nudges/policy';
import { createNudgeState, type EpisodeNudgeState, type NudgeState } from '@/utils/domain/nudges/state';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import type { Settings } from '@/utils/domain/settings/schema';

const MIN = 60_000;
const NOON = Date.parse('2025-06-10T12:00:00Z');
const utc = localClockForZone('UTC');
const at = (hhmm: string) => Date.parse(`2025-06-10T${hhmm}:00Z`);

type Nudges = Settings['nudges'];
interface Case {
  nudges?: Partial<Nudges>;
  state?: Partial<NudgeState>;
  doomMinutes?: number;
  site?: string | null;
  now?: number;
  clock?: LocalClock;
}

function decide({ nudges = {}, state = {}, doomMinutes = 15, site = 'reddit.com', now = NOON, clock = utc }: Case) {
  const settings = createDefaultSettings();
  return decideNudge({
    now,
    settings: { nudges: { ...settings.nudges, ...nudges } },
    state: { ...createNudgeState(), ...state },
    episode: { id: 'ep-1', doomMinutes },
    thresholdMinutes: 15,
    site,
    clock,
  });
}

const inEpisode = (phase: EpisodeNudgeState['phase'], step: number, snoozedAtDoomMinutes: number | null = null) => ({
  episode: { id: 'ep-1', step, level: 1 as const, phase, snoozedAtDoomMinutes },
});
const level = (value: 1 | 2 | 3): NudgeDecision => ({ nudge: true, level: value });
const blocked = (reason: string): NudgeDecision => ({ nudge: false, reason }) as NudgeDecision;
const quiet = { enabled: true, start: '22:00', end: '07:00' };

describe('decideNudge', () => {
  it.each<[string, Case, NudgeDecision]>([
    ['waits for the threshold', { doomMinutes: 14 }, blocked('below-threshold')],
    ['nudges gently at the threshold', {}, level(1)],
    ['nudges past the threshold', { doomMinutes: 40 }, level(1)],
    ['stays quiet while paused', { nudges: { pausedUntil: NOON + MIN } }, blocked('paused')],
    ['nudges once the pause is over', { nudges: { pausedUntil: NOON - MIN } }, level(1)],
  ])('%s', (_name, input, expected) => {
    expect(decide(input)).toEqual(expected);
  });

  it.each<[string, Case, NudgeDecision]>([
    ['late evening inside 22:00–07:00', { nudges: { quietHours: quiet }, now: at('23:30') }, blocked('quiet-hours')],
    ['just after midnight', { nudges: { quietHours: quiet }, now: at('00:10') }, blocked('quiet-hours')],
    ['at the start minute', { nudges: { quietHours: quiet }, now: at('22:00') }, blocked('quiet-hours')],
    ['the minute before the end', { nudges: { quietHours: quiet }, now: at('06:59') }, blocked('quiet-hours')],
    ['at the end minute', { nudges: { quietHours: quiet }, now: at('07:00') }, level(1)],
    ['before the start', { nudges: { quietHours: quiet }, now: at('21:59') }, level(1)],
    ['when quiet hours are off', { nudges: { quietHours: { ...quiet, enabled: false } }, now: at('23:30') }, level(1)],
    [
      'inside a daytime range',
      { nudges: { quietHours: { enabled: true, start: '13:00', end: '14:00' } }, now: at('13:30') },
      blocked('quiet-hours'),
    ],
    [
      'outside a daytime range',
      { nudges: { quietHours: { enabled: true, start: '13:00', end: '14:00' } }, now: at('14:00') },
      level(1),
    ],
  ])('quiet hours: %s', (_name, input, expected) => {
    expect(decide(input)).toEqual(expected);
  });

  it.each<[string, Case, NudgeDecision]>([
    [
      'mutes a site chosen "on purpose"',
      { state: { mutedUntilBySite: { 'reddit.com': NOON + MIN } } },
      blocked('site-muted'),
    ],
    [
      'mutes its subdomains too',
      { site: 'old.reddit.com', state: { mutedUntilBySite: { 'reddit.com': NOON + MIN } } },
      blocked('site-muted'),
    ],
    [
      'leaves other sites alone',
      { site: 'x.com', state: { mutedUntilBySite: { 'reddit.com': NOON + MIN } } },
      level(1),
    ],
    ['lifts the mute when it ends', { state: { mutedUntilBySite: { 'reddit.com': NOON } } }, level(1)],
  ])('purposeful mute: %s', (_name, input, expected) => {
    expect(decide(input)).toEqual(expected);
  });

  it.each<[string, Case, NudgeDecision]>([
    [
      'blocks a new episode on the same site',
      { state: { lastNudgeAtBySite: { 'reddit.com': NOON - 30 * MIN } } },
      blocked('site-cooldown'),
    ],
    ['ends after the cooldown', { state: { lastNudgeAtBySite: { 'reddit.com': NOON - 60 * MIN } } }, level(1)],
    ['is per site', { site: 'x.com', state: { lastNudgeAtBySite: { 'reddit.com': NOON - 5 * MIN } } }, level(1)],
    [
      'is off at zero minutes',
      { nudges: { siteCooldownMinutes: 0 }, state: { lastNudgeAtBySite: { 'reddit.com': NOON } } },
      level(1),
    ],
  ])('site cooldown: %s', (_name, input, expected) => {
    expect(decide(input)).toEqual(expected);
  });

  it.each<[string, Case, NudgeDecision]>([
    ['stops at the cap', { state: { day: '2025-06-10', shownToday: 3 } }, blocked('daily-cap')],
    ['allows the last one under the cap', { state: { day: '2025-06-10', shownToday: 2 } }, level(1)],
    [
      'follows the setting',
      { nudges: { dailyCap: 1 }, state: { day: '2025-06-10', shownToday: 1 } },
      blocked('daily-cap'),
    ],
    ['starts afresh on a new day', { state: { day: '2025-06-09', shownToday: 3 } }, level(1)],
  ])('daily cap: %s', (_name, input, expected) => {
    expect(decide(input)).toEqual(expected);
  });

  it.each<[string, Case, NudgeDecision]>([
    ['one nudge per episode while its card is up', { state: inEpisode('showing', 1) }, blocked('showing')],
    [
      'one nudge per episode once answered',
      { state: inEpisode('finished', 1), doomMinutes: 90 },
      blocked('already-nudged'),
    ],
    [
      '"not now" waits escalateAfterMinutes',
      { state: inEpisode('snoozed', 1, 16), doomMinutes: 25 },
      blocked('snoozed'),
    ],
    ['then a larger card', { state: inEpisode('snoozed', 1, 16), doomMinutes: 26 }, level(2)],
    [
      'after the larger card, the standard ladder ends',
      { state: inEpisode('snoozed', 2, 26), doomMinutes: 90 },
      blocked('ladder-finished'),
    ],
    [
      'gentle never goes beyond the corner card',
      { nudges: { style: 'gentle' }, state: inEpisode('snoozed', 1, 16), doomMinutes: 26 },
      level(1),
    ],
    [
      'gentle ends after its one reminder',
      { nudges: { style: 'gentle' }, state: inEpisode('snoozed', 2, 26), doomMinutes: 90 },
      blocked('ladder-finished'),
    ],
    [
      'firm with the overlay opted in reaches the pause',
      { nudges: { style: 'firm', pauseOverlay: true }, state: inEpisode('snoozed', 2, 26), doomMinutes: 36 },
      level(3),
    ],
    [
      'firm without the opt-in has no pause',
      { nudges: { style: 'firm' }, state: inEpisode('snoozed', 2, 26), doomMinutes: 36 },
      blocked('ladder-finished'),
    ],
    [
      'the overlay opt-in alone is not enough',
      { nudges: { style: 'standard', pauseOverlay: true }, state: inEpisode('snoozed', 2, 26), doomMinutes: 36 },
      blocked('ladder-finished'),
    ],
    [
      'escalation does not wait for the site cooldown',
      {
        state: { ...inEpisode('snoozed', 1, 16), lastNudgeAtBySite: { 'reddit.com': NOON - 10 * MIN } },
        doomMinutes: 26,
      },
      level(2),
    ],
    [
      'escalation still respects the daily cap',
      { state: { ...inEpisode('snoozed', 1, 16), day: '2025-06-10', shownToday: 3 }, doomMinutes: 26 },
      blocked('daily-cap'),
    ],
    [
      'a new episode starts the ladder again',
      { state: { episode: { id: 'ep-0', step: 2, level: 2, phase: 'finished', snoozedAtDoomMinutes: null } } },
      level(1),
    ],
  ])('ladder: %s', (_name, input, expected) => {
    expect(decide(input)).toEqual(expected);
  });
});

describe('decideNudge across DST changes (Europe/Berlin)', () => {
  const berlin = localClockForZone('Europe/Berlin');
  const capOfOne = { dailyCap: 1 };
  const shownAt = (iso: string): Partial<NudgeState> => ({ day: berlin.dayKey(Date.parse(iso)), shownToday: 1 });

  it.each<[string, string, string, NudgeDecision]>([
    // 25-hour day: 00:30 and 23:30 local on 26 October are 24 h apart but the same day.
    ['same local day, 24 h apart (autumn)', '2025-10-25T22:30:00Z', '2025-10-26T22:30:00Z', blocked('daily-cap')],
    ['next local day (autumn)', '2025-10-25T22:30:00Z', '2025-10-26T23:10:00Z', level(1)],
    // 23-hour day: 23:30 local on 29 and on 30 March are only 23 h apart but different days.
    ['next local day, 23 h apart (spring)', '2025-03-29T22:30:00Z', '2025-03-30T21:30:00Z', level(1)],
    ['next local day while still the same UTC day', '2025-03-29T21:00:00Z', '2025-03-29T23:30:00Z', level(1)],
  ])('daily cap: %s', (_name, shown, now, expected) => {
    expect(
      decide({ nudges: capOfOne, state: shownAt(shown), now: Date.parse(now), site: 'x.com', clock: berlin }),
    ).toEqual(expected);
  });

  it.each<[string, string, NudgeDecision]>([
    ['07:30 summer time is after quiet hours', '2025-03-30T05:30:00Z', level(1)],
    ['06:30 summer time is inside them', '2025-03-30T04:30:00Z', blocked('quiet-hours')],
    ['the repeated 02:30 in autumn is inside them', '2025-10-26T01:30:00Z', blocked('quiet-hours')],
  ])('quiet hours: %s', (_name, now, expected) => {
    expect(decide({ nudges: { quietHours: quiet }, now: Date.parse(now), clock: berlin })).toEqual(expected);
  });
});

describe('nudgeLadder', () => {
  it.each<[Nudges['style'], boolean, number[]]>([
    ['gentle', false, [1, 1]],
    ['gentle', true, [1, 1]],
    ['standard', false, [1, 2]],
    ['standard', true, [1, 2]],
    ['firm', false, [1, 2]],
    ['firm', true, [1, 2, 3]],
  ])('%s with pause overlay %s climbs %j', (style, pauseOverlay, ladder) => {
    expect(nudgeLadder({ style, pauseOverlay })).toEqual(ladder);
  });
});

describe('isQuietTime', () => {
  it('treats a range that starts and ends at the same minute as empty', () => {
    expect(isQuietTime(0, { enabled: true, start: '00:00', end: '00:00' })).toBe(false);
  });
});
