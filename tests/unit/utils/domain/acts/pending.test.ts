import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  isPendingActStale,
  PENDING_ACT_MAX_AGE_MS,
  PendingActSchema,
  startPendingAct,
} from '@/utils/domain/acts/pending';
import type { ResolvedAct } from '@/utils/domain/acts/types';

const act: ResolvedAct = {
  id: 'thinking-of-you',
  title: 'Text Sam that you were thinking of them',
  howTo: 'One line is plenty.',
  why: 'People tend to welcome it.',
  minutes: 1,
  cost: 'free',
  category: 'connect',
  link: 'sms:+15550001111',
  personId: 'sam',
};

describe('startPendingAct', () => {
  it('gives an act stored before record ids were kept one derived from its start, the same on every read', () => {
    const stored = JSON.parse(JSON.stringify({ act, nudgeId: null, startedAt: 7_000 }));

    const first = v.parse(PendingActSchema, stored);
    const second = v.parse(PendingActSchema, stored);

    expect(first.recordId).toBe('act-7000');
    expect(second.recordId).toBe(first.recordId);
  });

  it('keeps a snapshot of the act as shown, valid for storage', () => {
    const pending = startPendingAct(act, 'nudge-1', 1_000, 'act-record-1');

    expect(pending).toEqual({ act, nudgeId: 'nudge-1', startedAt: 1_000, recordId: 'act-record-1' });
    expect(pending.act).not.toBe(act);
    expect(v.safeParse(PendingActSchema, JSON.parse(JSON.stringify(pending))).success).toBe(true);
  });

  it.each([
    ['an unknown category', { ...act, category: 'chores' }],
    ['a too-long act', { ...act, minutes: 6 }],
    ['a missing title', { ...act, title: undefined }],
  ])('rejects a stored act with %s', (_name, broken) => {
    expect(v.safeParse(PendingActSchema, { act: broken, nudgeId: null, startedAt: 1 }).success).toBe(false);
  });
});

describe('isPendingActStale', () => {
  it.each([
    [0, false],
    [PENDING_ACT_MAX_AGE_MS, false],
    [PENDING_ACT_MAX_AGE_MS + 1, true],
  ])('after %d ms is stale: %s', (age, stale) => {
    expect(isPendingActStale(startPendingAct(act, null, 5_000, 'act-record-1'), 5_000 + age)).toBe(stale);
  });
});
