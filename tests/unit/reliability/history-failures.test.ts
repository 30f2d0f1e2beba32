import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createActHandlers } from '@/entrypoints/background/acts';
import { createDetection } from '@/entrypoints/background/detection';
import { createNudgeFlow } from '@/entrypoints/background/nudges';
import type { EpisodeRecord } from '@/utils/domain/history/records';
import type { TabMessage } from '@/utils/domain/nudges/card-messages';
import { localClockForZone } from '@/utils/domain/nudges/local-clock';
import { createSeededRandom } from '@/utils/domain/random';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import type { MessageSender } from '@/utils/platform/messaging/router';
import { readPendingAct } from '@/utils/platform/storage/act-store';
import { readNudgeSession } from '@/utils/platform/storage/nudge-store';
import { OUTBOX_KEY, readOutbox } from '@/utils/platform/storage/outbox-store';
import { updateSettings } from '@/utils/platform/storage/settings-store';
import { feedScrolling } from '@/tests/fixtures/scroll-traces/generators';
import { allEvents } from '../helpers/history-db';
import { aResolvedAct } from '../helpers/acts';

/*
 * DESIGN.md §6 and issue 7: when IndexedDB cannot be opened or refuses writes (a full disk), nudges
 * go on, what is stored stays as it was, and every history write that fails is kept and retried
 * (background records) or refused with a reason the person sees (their own act and check-in).
 */

const T0 = Date.UTC(2025, 5, 10, 9, 0, 0);
const MIN = 60_000;
const TAB = 7;
const UTC_DAYS = dayKeyOfZone('UTC');
const popup: MessageSender = { id: 'x', url: 'chrome-extension://x/popup.html' };
let clock = T0;
let episodeIds = 0;
let nudgeIds = 0;
let factory: IDBFactory;

/** A freshly started worker: nothing carries over from the last one but storage. */
function freshWorker() {
  const flow = createNudgeFlow({
    now: () => clock,
    random: createSeededRandom(7),
    newId: () => `nudge-${++nudgeIds}`,
    clock: () => localClockForZone('UTC'),
    dayKeyOf: () => UTC_DAYS,
    tabInView: async () => true,
  });
  const detection = createDetection({
    now: () => clock,
    newId: () => `ep-${++episodeIds}`,
    onDecisions: flow.afterFold,
  });
  return { flow, detection };
}

async function scrollFeed(from: number, minutes: number): Promise<void> {
  for (const summary of feedScrolling({ start: from, minutes })) {
    clock = summary.windowEnd + 30;
    await freshWorker().detection.summary(summary, TAB);
  }
}

/** The browser restarts: `storage.session` (the open episode) is gone, `storage.local` and IndexedDB stay. */
async function restartBrowser(): Promise<void> {
  await fakeBrowser.storage.session.clear();
  await closeHistoryDb();
}

const put = IDBObjectStore.prototype.put;
const aborted = new WeakSet<IDBTransaction>();
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Ways history fails, each switched on by a function that returns how to switch it off. */
const failures = {
  'IndexedDB cannot be opened': async () => {
    await closeHistoryDb();
    const open = vi.spyOn(factory, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    });
    return () => open.mockRestore();
  },
  'every write throws QuotaExceededError': async () => {
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    return () => spy.mockRestore();
  },
  'every write transaction aborts, as a full disk does': async () => {
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      // Chromium aborts at commit, after every request of the transaction was made.
      const tx = this.transaction;
      queueMicrotask(() => {
        if (!aborted.has(tx)) tx.abort();
        aborted.add(tx);
      });
      return request;
    });
    return () => spy.mockRestore();
  },
};
type Failure = keyof typeof failures;
const FAILURES = Object.keys(failures) as Failure[];

let tabMessages: ReturnType<typeof vi.fn>;
const shownCards = () =>
  tabMessages.mock.calls.filter(([, message]) => (message as TabMessage).type === 'nudge/show').map(([tab]) => tab);

async function history() {
  const opened = await getHistoryDb();
  if (!opened.ok) throw new Error(opened.message);
  return opened.db;
}

/** Every record and every daily roll-up, as stored. */
async function snapshot() {
  const db = await history();
  return { events: await allEvents(db), daily: await db.getAll('daily') };
}

beforeEach(async () => {
  factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  clock = T0;
  episodeIds = 0;
  nudgeIds = 0;
  tabMessages = vi.fn(async (_tab: number, message: TabMessage) =>
    message.type === 'nudge/show' ? { shown: true } : undefined,
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(tabMessages as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await updateSettings({ detection: { minutesBeforeNudge: 1 } });
});
afterEach(async () => {
  await closeHistoryDb();
  vi.unstubAllGlobals();
});

describe.each(FAILURES)('when %s', (failure) => {
  it('still detects the episode, asks the policy and shows the card', async () => {
    await failures[failure]();

    await scrollFeed(T0, 2);

    expect(shownCards()).toEqual([TAB]);
    expect((await readNudgeSession()).policy).toMatchObject({ shownToday: 1 });
    expect(await fakeBrowser.storage.session.get('detector')).toMatchObject({
      detector: { episode: { id: 'ep-1', doomMs: 2 * MIN, nudgeLevel: 1 } },
    });
  });

  it('leaves every record and roll-up already stored as it was', async () => {
    await scrollFeed(T0, 2);
    await freshWorker().flow.answer('nudge-1', 'not-now');
    await freshWorker().detection.idle('idle');
    const before = await snapshot();
    await closeHistoryDb();
    const heal = await failures[failure]();

    await scrollFeed(T0 + 30 * MIN, 2);
    await freshWorker().flow.answer('nudge-2', 'dismissed');
    await freshWorker().detection.idle('locked');
    heal();

    expect(before.events.length).toBeGreaterThan(0);
    await closeHistoryDb();
    expect(await snapshot()).toEqual(before);
  });

  it('keeps each failed write, says so, and saves it all at the next alarm once history works again', async () => {
    const heal = await failures[failure]();
    await scrollFeed(T0, 2);
    await freshWorker().flow.answer('nudge-1', 'not-now');
    await freshWorker().detection.idle('idle');
    const waiting = await readOutbox();
    heal();

    await freshWorker().detection.alarm('episode-inactivity');

    expect(waiting.writes.map(({ store, record }) => [store, record.id])).toEqual([
      ['nudges', 'nudge-1'],
      ['episodes', 'ep-1'],
    ]);
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('could not be saved'), expect.anything());
    const saved = await snapshot();
    expect(saved.events).toEqual([
      { store: 'episodes', record: expect.objectContaining({ id: 'ep-1', doomMs: 2 * MIN, endReason: 'idle' }) },
      { store: 'nudges', record: expect.objectContaining({ id: 'nudge-1', outcome: 'not-now' }) },
    ]);
    expect(saved.daily).toEqual(rollupsFromRecords(saved.events, UTC_DAYS));
    expect(await fakeBrowser.storage.local.get(OUTBOX_KEY)).toEqual({});
  });

  it('saves what waits at the next start-up, ending an episode lost with the browser as restart', async () => {
    const heal = await failures[failure]();
    await scrollFeed(T0, 2);
    const checkpoint = (await readOutbox()).writes.find(({ store }) => store === 'episodes')!.record as EpisodeRecord;
    await restartBrowser();
    heal();

    await freshWorker().detection.recover();

    const { events } = await snapshot();
    expect(checkpoint).toMatchObject({ id: 'ep-1', endedAt: null, doomMs: expect.any(Number) });
    expect(events).toContainEqual({
      store: 'episodes',
      record: { ...checkpoint, endedAt: checkpoint.lastActivityAt, endReason: 'restart' },
    });
    expect(events.filter(({ store }) => store === 'nudges')).toHaveLength(1);
    expect((await readOutbox()).writes).toEqual([]);
  });

  it('refuses to complete an act with the reason, keeping the act in progress and storing nothing', async () => {
    const acts = createActHandlers({ now: () => clock, random: () => 0.5, newId: () => 'act-1' });
    await acts['act/start']({ act: anAct, nudgeId: null }, popup);
    const heal = await failures[failure]();

    const results = await Promise.allSettled([
      acts['act/complete']({ note: 'sent it', moodAfter: 4 }, popup),
      acts['checkin/save']({ mood: 2, note: '', id: null }, popup),
    ]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await readPendingAct(clock)).toMatchObject({ act: { id: anAct.id } });
    heal();
    expect((await snapshot()).events).toEqual([]);
  });
});

describe('a check-in that cannot be saved after its act was', () => {
  it('waits in the outbox instead of failing the act, so completing again cannot record the act twice', async () => {
    const acts = createActHandlers({ now: () => clock, random: () => 0.5, newId: () => `id-${++nudgeIds}` });
    await acts['act/start']({ act: anAct, nudgeId: null }, popup);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'checkins') throw quota();
      return put.apply(this, args);
    });

    const { act } = await acts['act/complete']({ note: '', moodAfter: 4 }, popup);
    spy.mockRestore();
    await freshWorker().detection.alarm('episode-inactivity');

    expect(await readPendingAct(clock)).toBeNull();
    expect((await snapshot()).events).toEqual([
      { store: 'acts', record: act },
      { store: 'checkins', record: expect.objectContaining({ context: 'after', mood: 4, actRecordId: act.id }) },
    ]);
  });
});

const anAct = aResolvedAct();
