import { describe, expect, it } from 'vitest';
import { createNudgeSession, nudgeSessionOf, parseNudgeSession } from '@/utils/domain/nudges/session';
import { createNudgeState } from '@/utils/domain/nudges/state';

const policy = { ...createNudgeState(), day: '2026-06-17', shownToday: 2, mutedUntilBySite: { 'x.com': 5_000 } };

describe('parseNudgeSession', () => {
  it('keeps a sound policy when the waiting nudge is broken, and the other way round', () => {
    expect(parseNudgeSession({ policy, active: { record: 'broken' } })).toEqual({ policy, active: null });
    expect(parseNudgeSession({ policy: { shownToday: -1 }, active: null })).toEqual(createNudgeSession());
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'broken'],
    ['a list', [policy]],
  ])('refuses %s', (_name, stored) => {
    expect(parseNudgeSession(stored)).toBeUndefined();
  });
});

describe('nudgeSessionOf', () => {
  it('makes one session of the two halves, a missing waiting nudge being none', () => {
    expect(nudgeSessionOf(policy, undefined)).toEqual({ policy, active: null });
    expect(nudgeSessionOf(undefined, undefined)).toEqual(createNudgeSession());
  });
});
