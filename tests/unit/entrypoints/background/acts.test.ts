import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActHandlers, type ActDeps } from '@/entrypoints/background/acts';
import { CHECKIN_EDIT_WINDOW_MS } from '@/utils/domain/checkins';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import { shownNudgeRecord } from '@/utils/domain/nudges/active-nudge';
import { readCurrentAct, writeOfferedAct } from '@/utils/platform/storage/act-store';
import { createNudgeSession } from '@/utils/domain/nudges/session';
import { writeNudgeSession } from '@/utils/platform/storage/nudge-store';
import type { MessageSender } from '@/utils/platform/messaging/router';
import { aResolvedAct } from '@/tests/unit/helpers/acts';

const page: MessageSender = { id: 'x', url: 'chrome-extension://x/popup.html' };
const MINUTE = 60_000;

function setup(start = Date.UTC(2026, 10, 20, 9, 0)) {
  let now = start;
  let ids = 0;
  let seed = 0;
  const deps: ActDeps = {
    now: () => now,
    random: () => (seed = (seed * 9301 + 49297) % 233280) / 233280,
    newId: () => `id-${++ids}`,
  };
  return { handlers: createActHandlers(deps), advance: (ms: number) => (now += ms) };
}

async function allRecords() {
  const history = await getHistoryDb();
  if (!history.ok) throw new Error(history.message);
  return { acts: await history.db.getAll('acts'), checkins: await history.db.getAll('checkins') };
}

const anAct = aResolvedAct();

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(async () => {
  await closeHistoryDb();
  vi.unstubAllGlobals();
});

describe('act handlers', () => {
  it('offers an idea and keeps offering the same one until asked for another', async () => {
    const { handlers } = setup();

    const first = await handlers['act/current']({}, page);
    const again = await handlers['act/current']({}, page);

    expect(first.offered).not.toBeNull();
    expect(again.offered).toEqual(first.offered);
    expect(first.pending).toBeNull();
  });

  it.each(['card', 'badge'] as const)(
    'offers the act of the nudge waiting on a %s, under its id, instead of its own idea',
    async (channel) => {
      const { handlers } = setup();
      const onCard = aResolvedAct({ id: 'volunteer-shift', title: 'Sign up for one volunteer shift' });
      const record = shownNudgeRecord({
        id: 'nudge-3',
        now: Date.UTC(2026, 10, 20, 8, 59),
        episodeId: 'episode-1',
        site: 'reddit.com',
        level: 1,
        act: onCard,
      });
      await writeOfferedAct(anAct);
      await writeNudgeSession({ ...createNudgeSession(), active: { record, act: onCard, tabId: 4, channel } });

      const current = await handlers['act/current']({}, page);

      expect(current).toEqual({ pending: null, offered: onCard, nudgeId: 'nudge-3' });
    },
  );

  it('never offers the idea just shown when asked for another', async () => {
    const { handlers } = setup();
    let shown = (await handlers['act/current']({}, page)).offered!;

    for (let i = 0; i < 25; i += 1) {
      const next = (await handlers['act/suggest']({ exclude: shown.id }, page)).act!;
      expect(next.id).not.toBe(shown.id);
      shown = next;
    }
  });

  it('records one act and one mood after when Done arrives twice at once', async () => {
    const { handlers } = setup();
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);

    await Promise.allSettled([
      handlers['act/complete']({ note: '', moodAfter: 4 }, page),
      handlers['act/complete']({ note: '', moodAfter: 4 }, page),
    ]);

    const { acts, checkins } = await allRecords();
    expect(acts).toHaveLength(1);
    expect(checkins.filter(({ context }) => context === 'after')).toHaveLength(1);
  });

  it('records the act once when Done is retried after a failure that followed its write', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { handlers } = setup();
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);
    const getAll = IDBIndex.prototype.getAll;
    let failures = 1;
    vi.spyOn(IDBIndex.prototype, 'getAll').mockImplementation(function (this: IDBIndex, ...args) {
      if (this.objectStore.name === 'checkins' && failures-- > 0) throw new DOMException('read failed', 'UnknownError');
      return getAll.apply(this, args);
    });

    const first = handlers['act/complete']({ note: 'sent', moodAfter: 4 }, page);
    await expect(first).rejects.toThrow();
    await handlers['act/complete']({ note: 'sent', moodAfter: 4 }, page);

    const { acts, checkins } = await allRecords();
    expect(acts).toHaveLength(1);
    expect(checkins.filter(({ context }) => context === 'after')).toHaveLength(1);
  });

  it('keeps a started act in progress across a worker restart', async () => {
    const { handlers } = setup();

    await handlers['act/start']({ act: anAct, nudgeId: 'nudge-1' }, page);
    const restarted = setup().handlers;

    expect((await restarted['act/current']({}, page)).pending).toMatchObject({ act: anAct, nudgeId: 'nudge-1' });
  });

  it('records a done act with its note, ties the mood before and after to it, and clears it', async () => {
    const { handlers, advance } = setup();
    const before = await handlers['checkin/save']({ mood: 2, note: '', id: null }, page);
    advance(10 * MINUTE);
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);
    advance(4 * MINUTE);

    const { act } = await handlers['act/complete']({ note: 'She replied!', moodAfter: 4 }, page);

    const { acts, checkins } = await allRecords();
    expect(acts).toEqual([act]);
    expect(act).toMatchObject({
      actId: 'thank-teacher',
      title: 'Thank a teacher',
      note: 'She replied!',
      category: 'gratitude',
    });
    expect(checkins.find((c) => c.id === before.checkin.id)).toMatchObject({
      context: 'before',
      actRecordId: act.id,
      mood: 2,
    });
    expect(checkins.find((c) => c.context === 'after')).toMatchObject({ mood: 4, actRecordId: act.id });
    expect((await handlers['act/current']({}, page)).pending).toBeNull();
  });

  it("records which of the person's people a done act was for, and no one for an act that was for no one", async () => {
    const { handlers, advance } = setup();
    const forAna = aResolvedAct({ id: 'thinking-of-you', title: 'Text Ana', category: 'connect', personId: 'p-ana' });
    await handlers['act/start']({ act: forAna, nudgeId: null }, page);
    advance(MINUTE);
    const { act: first } = await handlers['act/complete']({ note: '', moodAfter: null }, page);
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);
    advance(MINUTE);
    const { act: second } = await handlers['act/complete']({ note: '', moodAfter: null }, page);

    const { acts } = await allRecords();
    expect(acts.find((record) => record.id === first.id)?.personId).toBe('p-ana');
    expect(acts.find((record) => record.id === second.id)).not.toHaveProperty('personId');
  });

  it('does not tie a check-in from more than 30 minutes before the act', async () => {
    const { handlers, advance } = setup();
    await handlers['checkin/save']({ mood: 3, note: '', id: null }, page);
    advance(31 * MINUTE);
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);

    await handlers['act/complete']({ note: '', moodAfter: null }, page);

    const { checkins } = await allRecords();
    expect(checkins).toEqual([expect.objectContaining({ context: 'standalone', actRecordId: null })]);
  });

  it('refuses to complete when no act is in progress', async () => {
    const { handlers } = setup();

    await expect(handlers['act/complete']({ note: '', moodAfter: 3 }, page)).rejects.toThrow('no act in progress');
  });

  it('lets an act go without a record', async () => {
    const { handlers } = setup();
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);

    await handlers['act/abandon']({}, page);

    expect((await handlers['act/current']({}, page)).pending).toBeNull();
    expect((await allRecords()).acts).toEqual([]);
  });

  it('has the next idea ready in storage once an act is done or let go, never the same act', async () => {
    const { handlers } = setup();
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);
    await handlers['act/complete']({ note: '', moodAfter: null }, page);
    const afterDone = await readCurrentAct(Date.UTC(2026, 10, 20, 9, 1));
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);
    await handlers['act/abandon']({}, page);
    const afterLetGo = await readCurrentAct(Date.UTC(2026, 10, 20, 9, 1));

    expect(afterDone.pending).toBeNull();
    expect(afterDone.offered).not.toBeNull();
    expect(afterDone.offered!.id).not.toBe(anAct.id);
    expect(afterLetGo.offered).not.toBeNull();
    expect(afterLetGo.offered!.id).not.toBe(anAct.id);
  });

  it('changes a check-in within a few minutes instead of adding another', async () => {
    const { handlers, advance } = setup();
    const first = await handlers['checkin/save']({ mood: 2, note: '', id: null }, page);
    advance(CHECKIN_EDIT_WINDOW_MS - 1000);

    const changed = await handlers['checkin/save']({ mood: 3, note: 'better', id: first.checkin.id }, page);

    expect(changed.checkin).toEqual({ ...first.checkin, mood: 3, note: 'better' });
    expect((await allRecords()).checkins).toHaveLength(1);
  });

  it('adds a new check-in once the change window has passed', async () => {
    const { handlers, advance } = setup();
    const first = await handlers['checkin/save']({ mood: 2, note: '', id: null }, page);
    advance(CHECKIN_EDIT_WINDOW_MS + 1000);

    const later = await handlers['checkin/save']({ mood: 4, note: '', id: first.checkin.id }, page);

    expect(later.checkin.id).not.toBe(first.checkin.id);
    expect((await allRecords()).checkins).toHaveLength(2);
  });

  it('keeps the act in progress when history cannot be written, and says why', async () => {
    const { handlers } = setup();
    await handlers['act/start']({ act: anAct, nudgeId: null }, page);
    await closeHistoryDb();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('private mode', 'InvalidStateError');
    });

    await expect(handlers['act/complete']({ note: '', moodAfter: 3 }, page)).rejects.toThrow('history unavailable');
    vi.restoreAllMocks();
    expect((await handlers['act/current']({}, page)).pending).toMatchObject({ act: anAct });
  });
});
