import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import { createNudgeSession, type NudgeSession } from '@/utils/domain/nudges/session';
import type { NudgeState } from '@/utils/domain/nudges/state';
import {
  migrateNudgeSession,
  readActiveNudge,
  readNudgeSession,
  writeNudgeSession,
} from '@/utils/platform/storage/nudge-store';
import { aResolvedAct } from '@/tests/unit/helpers/acts';

const T0 = Date.UTC(2026, 5, 17, 14, 30);

/** What an earlier build kept under `nudgeState`: a day's count, a cooldown, a mute and a snooze. */
const policy: NudgeState = {
  day: '2026-06-17',
  shownToday: 2,
  lastNudgeAtBySite: { 'reddit.com': T0 - 600_000 },
  mutedUntilBySite: { 'x.com': T0 + 7_200_000 },
  episode: { id: 'ep-4', step: 1, level: 1, phase: 'snoozed', snoozedAtDoomMinutes: 16 },
};

/** What an earlier build kept under `activeNudge`: the card waiting for an answer. */
const active: ActiveNudge = {
  record: {
    id: 'nudge-2',
    at: T0 - 60_000,
    episodeId: 'ep-4',
    site: 'reddit.com',
    level: 1,
    actId: aResolvedAct().id,
    outcome: 'shown',
    outcomeAt: null,
  },
  act: aResolvedAct(),
  tabId: 12,
  channel: 'card',
};

const stored = () => fakeBrowser.storage.local.get(null);

describe('migrateNudgeSession', () => {
  it('moves the policy and the waiting nudge from the two old keys to one session and removes the old keys', async () => {
    await fakeBrowser.storage.local.set({ nudgeState: policy, activeNudge: active, settingsArea: 'local' });

    await migrateNudgeSession();

    expect(await stored()).toEqual({ nudgeSession: { policy, active }, settingsArea: 'local' });
    expect(await readNudgeSession()).toEqual({ policy, active });
  });

  it('carries over a policy stored with no nudge waiting', async () => {
    await fakeBrowser.storage.local.set({ nudgeState: policy, activeNudge: null });

    await migrateNudgeSession();

    expect(await stored()).toEqual({ nudgeSession: { policy, active: null } });
  });

  it('keeps the half that is sound when the other old key is broken', async () => {
    await fakeBrowser.storage.local.set({ nudgeState: policy, activeNudge: { record: 'broken' } });

    await migrateNudgeSession();

    expect(await readNudgeSession()).toEqual({ policy, active: null });
  });

  it('keeps a session already stored under the new key and only removes the old keys', async () => {
    const current: NudgeSession = { policy: { ...policy, shownToday: 3 }, active: null };
    await writeNudgeSession(current);
    await fakeBrowser.storage.local.set({ nudgeState: policy, activeNudge: active });

    await migrateNudgeSession();

    expect(await stored()).toEqual({ nudgeSession: current });
  });

  it('writes nothing when there is nothing old to move', async () => {
    await migrateNudgeSession();

    expect(await stored()).toEqual({});
  });
});

describe('readNudgeSession', () => {
  it('reads the old keys, without writing, while they have not been moved yet', async () => {
    await fakeBrowser.storage.local.set({ nudgeState: policy, activeNudge: active });

    expect(await readNudgeSession()).toEqual({ policy, active });
    expect(await readActiveNudge()).toEqual(active);
    expect(await stored()).toEqual({ nudgeState: policy, activeNudge: active });
  });

  it('gives a fresh session when nothing is stored', async () => {
    expect(await readNudgeSession()).toEqual(createNudgeSession());
  });

  it('reads back what was written, as one value under one key', async () => {
    await writeNudgeSession({ policy, active });

    expect(await stored()).toEqual({ nudgeSession: { policy, active } });
    expect(await readNudgeSession()).toEqual({ policy, active });
  });
});
