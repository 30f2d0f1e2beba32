import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDetection } from '@/entrypoints/background/detection';
import { createBackground, createHandlers } from '@/entrypoints/background/handlers';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import type { EpisodeRecord } from '@/utils/domain/history/records';
import type { MessageKey } from '@/utils/domain/i18n';
import { openHistoryDb, type HistoryOpenResult } from '@/utils/platform/db/open-history-db';
import { episodesRepo } from '@/utils/platform/db/repos';
import { DETECTOR_STATE_KEY } from '@/utils/platform/detection/detector-store';
import { EPISODE_ALARM } from '@/utils/platform/detection/episode-alarm';
import { createRouter } from '@/utils/platform/messaging/router';
import { updateSettings } from '@/utils/platform/storage/settings-store';
import { articleReading, feedScrolling } from '@/tests/fixtures/scroll-traces/generators';
import { translate } from '@/tests/unit/helpers/translate';

const history = vi.hoisted(() => ({ open: null as Promise<HistoryOpenResult> | null }));
vi.mock('@/utils/platform/history-status', () => ({ getHistoryDb: () => history.open }));

const T0 = Date.UTC(2024, 5, 11, 9, 0, 0);
const MIN = 60_000;
let dbCount = 0;
let clock = T0;
let ids = 0;

/** The detection a fresh worker would build: it remembers nothing but what storage holds. */
const freshWorker = () => createDetection({ now: () => clock, newId: () => `ep-${++ids}` });
/** Feed windows of 15 s from `from`, for `minutes`. */
const feed = (from: number, minutes: number) => feedScrolling({ start: from, minutes });

async function deliver(detection: ReturnType<typeof createDetection>, summaries: ScrollSummary[]) {
  const replies = [];
  for (const summary of summaries) {
    clock = summary.windowEnd + 30;
    replies.push(await detection.summary(summary));
  }
  return replies;
}

async function storedEpisode(id: string): Promise<EpisodeRecord | undefined> {
  const opened = await history.open!;
  if (!opened.ok) throw new Error(opened.message);
  return episodesRepo.get(opened.db, id);
}

beforeEach(() => {
  history.open = openHistoryDb(`detection-test-${++dbCount}`);
  clock = T0;
  ids = 0;
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key, subs) => translate(key as MessageKey, subs));
});

describe('background detection', () => {
  it('continues the same episode when the worker restarts between summaries', async () => {
    const summaries = feed(T0, 2);

    const replies = [];
    for (const summary of summaries) replies.push(...(await deliver(freshWorker(), [summary])));

    expect(new Set(replies.map((r) => r.episodeId))).toEqual(new Set(['ep-1']));
    expect(replies.at(-1)).toEqual({ episodeId: 'ep-1', doomMs: 2 * MIN });
  });

  it('ends with the same state whether or not the worker restarted', async () => {
    const summaries = feed(T0, 3);
    await deliver(freshWorker(), summaries);
    const uninterrupted = await fakeBrowser.storage.session.get(DETECTOR_STATE_KEY);
    fakeBrowser.reset();
    ids = 0;
    history.open = openHistoryDb(`detection-test-${++dbCount}`);

    for (const summary of summaries) await deliver(freshWorker(), [summary]);

    expect(await fakeBrowser.storage.session.get(DETECTOR_STATE_KEY)).toEqual(uninterrupted);
  });

  it('keeps the detector state in storage.session after every summary', async () => {
    await deliver(freshWorker(), feed(T0, 0.25));

    const stored = await fakeBrowser.storage.session.get(DETECTOR_STATE_KEY);

    expect(stored[DETECTOR_STATE_KEY]).toMatchObject({
      coveredUntil: T0 + 15_000,
      episode: { id: 'ep-1', doomMs: 15_000 },
    });
  });

  it('checkpoints the open episode to history', async () => {
    await deliver(freshWorker(), feed(T0, 2));

    expect(await storedEpisode('ep-1')).toMatchObject({ id: 'ep-1', startedAt: T0, endedAt: null });
  });

  it('counts two tabs whose summaries arrive together, losing neither', async () => {
    const worker = freshWorker();
    const [first, second] = feed(T0, 0.5);
    clock = T0 + 31_000;

    await Promise.all([worker.summary(first!), worker.summary({ ...second!, host: 'x.com' })]);

    const stored = await fakeBrowser.storage.session.get(DETECTOR_STATE_KEY);
    expect(stored[DETECTOR_STATE_KEY]).toMatchObject({ episode: { doomMs: 30_000, sites: ['reddit.com', 'x.com'] } });
  });

  it('keeps an alarm only while an episode is open', async () => {
    const worker = freshWorker();
    await deliver(worker, feed(T0, 1));
    const whileOpen = await fakeBrowser.alarms.get(EPISODE_ALARM);

    clock = T0 + 5 * MIN;
    await worker.alarm(EPISODE_ALARM);

    expect(whileOpen).toMatchObject({ name: EPISODE_ALARM, periodInMinutes: 1 });
    expect(await fakeBrowser.alarms.get(EPISODE_ALARM)).toBeUndefined();
    expect(await storedEpisode('ep-1')).toMatchObject({ endedAt: T0 + MIN, endReason: 'inactive', doomMs: MIN });
  });

  it('sets no alarm while nothing doom-like happens', async () => {
    await deliver(freshWorker(), articleReading({ start: T0, minutes: 5 }));

    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('ends the episode when the system goes idle or locks', async () => {
    const worker = freshWorker();
    await deliver(worker, feed(T0, 1));

    await worker.idle('locked');

    expect(await storedEpisode('ep-1')).toMatchObject({ endedAt: T0 + MIN, endReason: 'idle' });
    expect(await fakeBrowser.alarms.get(EPISODE_ALARM)).toBeUndefined();
  });

  it('ignores the system becoming active again', async () => {
    const worker = freshWorker();
    await deliver(worker, feed(T0, 1));

    await worker.idle('active');

    expect((await storedEpisode('ep-1'))!.endedAt).toBeNull();
  });

  it('shows the doom minutes on the badge and clears them when the episode ends', async () => {
    const worker = freshWorker();
    await deliver(worker, feed(T0, 2));
    const during = await fakeBrowser.action.getBadgeText({});
    const title = await fakeBrowser.action.getTitle({});

    await worker.idle('idle');

    expect(during).toBe('2');
    expect(title).toBe('Outward: 2 minutes of fast scrolling so far. Check in?');
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Outward: check in');
  });

  it('leaves the badge empty when the person turned it off', async () => {
    await updateSettings({ nudges: { badge: false } });

    await deliver(freshWorker(), feed(T0, 2));

    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('goes on detecting when history cannot be kept', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    history.open = Promise.resolve({ ok: false, reason: 'unavailable', message: 'private mode' });

    const replies = await deliver(freshWorker(), feed(T0, 1));

    expect(replies.at(-1)).toEqual({ episodeId: 'ep-1', doomMs: MIN });
  });

  it('goes on detecting when a history write fails', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });

    const replies = await deliver(freshWorker(), feed(T0, 1));

    expect(replies.at(-1)).toEqual({ episodeId: 'ep-1', doomMs: MIN });
  });

  it('hands every fold’s decisions to the nudge hook, and survives the hook failing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: string[] = [];
    const worker = createDetection({
      now: () => clock,
      newId: () => 'ep-hook',
      onDecisions: (decisions) => {
        seen.push(...decisions.map((d) => d.kind));
        throw new Error('policy broke');
      },
    });

    const replies = await deliver(worker, feed(T0, 1));

    expect(seen).toEqual(['episode-started', 'checkpoint', 'doom-minutes', 'checkpoint']);
    expect(replies.at(-1)).toEqual({ episodeId: 'ep-hook', doomMs: MIN });
  });

  it('closes an episode with its real minutes when the worker stopped while writing its final record', async () => {
    await deliver(freshWorker(), feed(T0, 1.5));
    const { [DETECTOR_STATE_KEY]: open } = await fakeBrowser.storage.session.get(DETECTOR_STATE_KEY);
    const checkpoint = await storedEpisode('ep-1');
    const working = history.open;
    // The worker is stopped while the final record is on its way: that write never completes.
    history.open = new Promise(() => undefined);
    clock = T0 + 10 * MIN;
    void freshWorker().alarm(EPISODE_ALARM);
    await new Promise((resolve) => setTimeout(resolve, 20));

    history.open = working;
    clock += MIN;
    await freshWorker().alarm(EPISODE_ALARM);

    const { doomMs, lastSeenAt } = (open as { episode: { doomMs: number; lastSeenAt: number } }).episode;
    expect(checkpoint!.doomMs).toBeLessThan(doomMs);
    expect(await storedEpisode('ep-1')).toMatchObject({ endedAt: lastSeenAt, endReason: 'inactive', doomMs });
  });

  it('finalises episodes that a lost session left open, and only those', async () => {
    await deliver(freshWorker(), feed(T0, 1));
    const opened = await history.open!;
    if (!opened.ok) throw new Error(opened.message);
    const lost: EpisodeRecord = { ...(await storedEpisode('ep-1'))!, id: 'ep-lost', startedAt: T0 - 30 * MIN };
    await episodesRepo.save(opened.db, lost);

    await freshWorker().recover();

    expect(await storedEpisode('ep-lost')).toMatchObject({ endedAt: lost.lastActivityAt, endReason: 'restart' });
    expect((await storedEpisode('ep-1'))!.endedAt).toBeNull();
  });
});

describe('scroll/summary through the router', () => {
  const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };
  const tab = { id: own.id, url: 'https://www.reddit.com/' };
  const [valid] = feedScrolling({ start: T0, minutes: 0.25 });

  it('folds a summary from a content script', async () => {
    clock = T0 + 15_000;
    const route = createRouter(
      createHandlers(createBackground({ detection: { now: () => clock, newId: () => `ep-${++ids}` } })),
      own,
    );

    const reply = await route({ type: 'scroll/summary', data: valid }, tab);

    expect(reply).toEqual({ ok: true, data: { episodeId: 'ep-1', doomMs: 15_000 } });
  });

  it.each([
    ['negative pixels', { downPx: -5 }],
    ['NaN screens', { screens: Number.NaN }],
    ['a huge window', { windowEnd: T0 + 3600_000 }],
    ['a missing host', { host: undefined }],
  ])('rejects a summary with %s and leaves the state alone', async (_name, change) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(
      createHandlers(createBackground({ detection: { now: () => clock, newId: () => `ep-${++ids}` } })),
      own,
    );

    const reply = await route({ type: 'scroll/summary', data: { ...valid, ...change } }, tab);

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(await fakeBrowser.storage.session.get(DETECTOR_STATE_KEY)).toEqual({});
  });

  it('refuses a summary sent from an extension page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(
      createHandlers(createBackground({ detection: { now: () => clock, newId: () => `ep-${++ids}` } })),
      own,
    );

    const reply = await route({ type: 'scroll/summary', data: valid }, { id: own.id, url: `${own.baseUrl}popup.html` });

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
