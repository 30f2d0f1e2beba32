import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { localClockForZone } from '@/utils/domain/nudges/local-clock';
import { decideNudge } from '@/utils/domain/nudges/policy';
import {
  createNudgeState,
  NudgeStateSchema,
  recordNudgeOutcome,
  recordNudgeShown,
  type NudgeResponse,
  type NudgeState,
} from '@/utils/domain/nudges/state';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';

const MIN = 60_000;
const NOON = Date.parse('2025-06-10T12:00:00Z');
const clock = localClockForZone('UTC');
const settings = createDefaultSettings();
const shown = (
  state: NudgeState,
  extra: { now?: number; site?: string | null; episodeId?: string; level?: 1 | 2 | 3 } = {},
) => recordNudgeShown(state, { now: NOON, clock, site: 'reddit.com', episodeId: 'ep-1', level: 1, ...extra });
const answer = (state: NudgeState, outcome: NudgeResponse, extra: { episodeId?: string; site?: string | null } = {}) =>
  recordNudgeOutcome(state, {
    outcome,
    now: NOON + MIN,
    episodeId: 'ep-1',
    site: 'reddit.com',
    doomMinutes: 17,
    settings: settings.nudges,
    ...extra,
  });

describe('recordNudgeShown', () => {
  it('counts the nudge for the day, the site and the episode', () => {
    const state = shown(createNudgeState());

    expect(state).toEqual({
      day: '2025-06-10',
      shownToday: 1,
      lastNudgeAtBySite: { 'reddit.com': NOON },
      mutedUntilBySite: {},
      episode: { id: 'ep-1', step: 1, level: 1, phase: 'showing', snoozedAtDoomMinutes: null },
    });
  });

  it('adds up within a day and starts again the next day', () => {
    const twice = shown(shown(createNudgeState()), { site: 'x.com', episodeId: 'ep-2' });
    const nextDay = shown(twice, { now: NOON + 24 * 60 * MIN, episodeId: 'ep-3' });

    expect(twice.shownToday).toBe(2);
    expect(nextDay).toMatchObject({ day: '2025-06-11', shownToday: 1 });
  });

  it('climbs a step within the same episode', () => {
    const state = shown(answer(shown(createNudgeState()), 'not-now'), { level: 2, now: NOON + 20 * MIN });

    expect(state.episode).toEqual({ id: 'ep-1', step: 2, level: 2, phase: 'showing', snoozedAtDoomMinutes: null });
  });

  it('forgets expired mutes and last-nudge times older than a day', () => {
    const old: NudgeState = {
      ...createNudgeState(),
      lastNudgeAtBySite: { 'x.com': NOON - 25 * 60 * MIN, 'bsky.app': NOON - 60 * MIN },
      mutedUntilBySite: { 'x.com': NOON - MIN, 'bsky.app': NOON + MIN },
    };

    const state = shown(old);

    expect(state.lastNudgeAtBySite).toEqual({ 'bsky.app': NOON - 60 * MIN, 'reddit.com': NOON });
    expect(state.mutedUntilBySite).toEqual({ 'bsky.app': NOON + MIN });
  });
});

describe('recordNudgeOutcome', () => {
  it('snoozes the episode at its doom minutes on "not now"', () => {
    expect(answer(shown(createNudgeState()), 'not-now').episode).toMatchObject({
      phase: 'snoozed',
      snoozedAtDoomMinutes: 17,
    });
  });

  it('mutes the site for purposeMuteMinutes and ends the episode on "I\'m here on purpose"', () => {
    const state = answer(shown(createNudgeState()), 'purposeful', { site: 'www.reddit.com' });

    expect(state.mutedUntilBySite).toEqual({ 'reddit.com': NOON + MIN + settings.nudges.purposeMuteMinutes * MIN });
    expect(state.episode?.phase).toBe('finished');
  });

  it.each<NudgeResponse>(['accepted', 'dismissed', 'expired'])('ends nudging for the episode on %s', (outcome) => {
    expect(answer(shown(createNudgeState()), outcome).episode?.phase).toBe('finished');
  });

  it('keeps the card up on "another idea"', () => {
    const before = shown(createNudgeState());

    expect(answer(before, 'another')).toEqual(before);
  });

  it('ignores answers about an older episode, except a site mute', () => {
    const current = shown(createNudgeState(), { episodeId: 'ep-2' });

    expect(answer(current, 'not-now').episode).toEqual(current.episode);
    expect(answer(current, 'purposeful').mutedUntilBySite).toHaveProperty(['reddit.com']);
  });
});

describe('nudge state over one episode', () => {
  it('goes corner card, not now, snooze, larger card, not now, then stays quiet', () => {
    const decide = (state: NudgeState, doomMinutes: number, now: number) =>
      decideNudge({
        now,
        settings,
        state,
        episode: { id: 'ep-1', doomMinutes },
        thresholdMinutes: 15,
        site: 'reddit.com',
        clock,
      });
    let state = createNudgeState();
    const steps: unknown[] = [];

    steps.push(decide(state, 15, NOON));
    state = shown(state);
    state = answer(state, 'not-now');
    steps.push(decide(state, 20, NOON + 5 * MIN));
    steps.push(decide(state, 27, NOON + 12 * MIN));
    state = shown(state, { level: 2, now: NOON + 12 * MIN });
    state = recordNudgeOutcome(state, {
      outcome: 'not-now',
      now: NOON + 13 * MIN,
      episodeId: 'ep-1',
      site: 'reddit.com',
      doomMinutes: 28,
      settings: settings.nudges,
    });
    steps.push(decide(state, 60, NOON + 45 * MIN));

    expect(steps).toEqual([
      { nudge: true, level: 1 },
      { nudge: false, reason: 'snoozed' },
      { nudge: true, level: 2 },
      { nudge: false, reason: 'ladder-finished' },
    ]);
    expect(state.shownToday).toBe(2);
  });

  it('survives a JSON round trip through storage and validates', () => {
    const state = answer(shown(createNudgeState()), 'purposeful');

    const parsed = v.safeParse(NudgeStateSchema, JSON.parse(JSON.stringify(state)));

    expect(parsed.success && parsed.output).toEqual(state);
    expect(v.safeParse(NudgeStateSchema, createNudgeState()).success).toBe(true);
  });
});
