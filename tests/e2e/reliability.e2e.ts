import { randomInt } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { SUMMARY_EVERY_MS } from '@/utils/domain/detection/constants';
import { launchWithExtension, type LaunchOptions, type Session } from './harness/extension';
import {
  cardsShown,
  collectPageProblems,
  controlWorker,
  countCards,
  developerProfile,
  readDetector,
  readLocal,
  randomStopTimes,
  stopWorkerAt,
} from './harness/faults';
import { reportPastScrolling } from './harness/content-world';
import { startStaticServer } from './harness/server';
import { currentWorker, readStore, scrollFor, sendFromPage, watchLocalSite } from './harness/watch';

/**
 * Length of the scripted two-tab session (ms): the suite's one real-time run of the minimum
 * threshold, from zero to a nudge at one minute, with half a minute to spare for lost windows.
 */
const SESSION_MS = 90_000;
/** Worker stops in the faulty run, at random points of the session (each slot ≥ a summary apart). */
const STOPS = 3;
/** Time for each tab's last window to be summarised and folded after the scrolling ends (ms). */
const SETTLE_MS = SUMMARY_EVERY_MS + 4_000;

interface EpisodeRow {
  id: string;
  startedAt: number;
  lastActivityAt: number;
  endedAt: number | null;
  endReason: string | null;
  doomMs: number;
}
interface NudgeRow {
  id: string;
  level: number;
  outcome: string;
  outcomeAt: number | null;
}

type Cleanup = (fn: () => Promise<void>) => void;

/** Launches a browser with the extension that closes when the test finishes, however it ends. */
async function launch(cleanup: Cleanup, options: LaunchOptions = {}): Promise<Session> {
  const session = await launchWithExtension({ openCardRoot: true, ...options });
  let closed = false;
  cleanup(async () => {
    if (!closed) await session.close();
  });
  return {
    ...session,
    async close(closeOptions) {
      closed = true;
      await session.close(closeOptions);
    },
  };
}

async function openFeed(session: Session, path = '/feed.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.server.url(path));
  return page;
}

/**
 * The scripted session: two tabs wheel-scroll the local feed for `SESSION_MS` with a one-minute
 * nudge threshold, the worker being stopped at `stops` (ms from the start) when given. Returns
 * what the extension made of it once the last windows have arrived.
 */
async function scriptedSession(session: Session, stops: number[] | null) {
  await countCards(session.context);
  const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
  const worker = await controlWorker(session, extensionPage);
  const tabs = [await openFeed(session), await openFeed(session)];
  const start = Date.now();

  await Promise.all([
    ...tabs.map((tab) => scrollFor(tab, SESSION_MS)),
    stops ? stopWorkerAt(worker, stops, start, extensionPage) : null,
  ]);
  await extensionPage.waitForTimeout(SETTLE_MS);

  const nudges = await readStore<NudgeRow>(extensionPage, 'nudges');
  return {
    detector: await readDetector(extensionPage),
    episodes: (await readStore<EpisodeRow>(extensionPage, 'episodes')).map((episode) => episode.id),
    nudgeLevels: nudges.map((nudge) => nudge.level),
    shownToday: (await readLocal<{ policy: { shownToday: number } }>(extensionPage, 'nudgeSession'))?.policy.shownToday,
    cards: await cardsShown(tabs),
    restarts: worker.restarts(),
  };
}

// The tests run side by side: the long worker-stop session would otherwise add its full length to the suite.
describe.concurrent('reliability in Chromium', () => {
  it('counts the same doom minutes and shows one nudge though the worker is stopped at random points', async ({
    expect,
    onTestFinished,
  }) => {
    const seed = Number(process.env.OUTWARD_E2E_SEED ?? randomInt(1_000_000));
    const stops = randomStopTimes(seed, STOPS, SESSION_MS - 25_000, SUMMARY_EVERY_MS + 2_000);
    console.log(`worker stops (seed ${seed}, OUTWARD_E2E_SEED to repeat): ${stops.join(', ')} ms`);
    const [control, faulty] = await Promise.all([launch(onTestFinished), launch(onTestFinished)]);

    const [calm, stopped] = await Promise.all([scriptedSession(control!, null), scriptedSession(faulty!, stops)]);

    console.log(`doom ms without stops ${calm.detector?.episode?.doomMs}, with ${stopped.detector?.episode?.doomMs}`);
    expect(stopped.restarts).toBeGreaterThanOrEqual(STOPS);
    for (const run of [calm, stopped]) {
      expect(run.episodes).toEqual([run.detector?.episode?.id]);
      expect(run.nudgeLevels).toEqual([1]);
      expect(run.shownToday).toBe(1);
      expect(run.cards).toBe(1);
    }
    const doomMs = (run: typeof calm) => run.detector?.episode?.doomMs ?? 0;
    expect(doomMs(calm)).toBeGreaterThan(SESSION_MS / 2);
    expect(Math.abs(doomMs(stopped) - doomMs(calm))).toBeLessThanOrEqual(SUMMARY_EVERY_MS + 1_000);
  }, 600_000);

  it('keeps settings, history, the pending act and snoozes across a browser restart, and ends the open episode as restart', async ({
    expect,
    onTestFinished,
  }) => {
    const server = await startStaticServer(resolve('tests/e2e/site'));
    onTestFinished(() => server.close());
    const first = await launch(onTestFinished, { server });
    const extensionPage = await watchLocalSite(first, { minutesBeforeNudge: 1 });
    const feed = await openFeed(first);
    await reportPastScrolling(feed, first.extensionId, 50_000);
    const seeded = (await readDetector(extensionPage))!.episode!.id;
    await scrollUntilCard(feed);
    await feed.locator('outward-nudge').getByRole('button', { name: 'I’m here on purpose' }).click();
    await expect.poll(async () => (await readStore<NudgeRow>(extensionPage, 'nudges'))[0]?.outcome).toBe('purposeful');
    const { offered } = await sendFromPage<{ offered: unknown }>(extensionPage, 'act/current', {});
    await sendFromPage(extensionPage, 'act/start', { act: offered, nudgeId: null });
    await sendFromPage(extensionPage, 'checkin/save', { mood: 4, note: 'before the restart', id: null });
    const before = await keptState(extensionPage);
    const open = before.episodes.find((episode) => episode.id === seeded);

    await first.close({ keepProfile: true });
    onTestFinished(() => rm(first.extensionDir, { recursive: true, force: true }));
    const second = await launch(onTestFinished, {
      server,
      userDataDir: first.userDataDir,
      extensionDir: first.extensionDir,
    });
    const page = await second.openExtensionPage('options');

    await expect
      .poll(async () => (await readStore<EpisodeRow>(page, 'episodes')).find((e) => e.id === seeded)?.endReason)
      .toBe('restart');
    const after = await keptState(page);
    const ended = after.episodes.find((episode) => episode.id === seeded)!;
    expect(open).toMatchObject({ endedAt: null });
    expect(ended).toMatchObject({ startedAt: open!.startedAt, endReason: 'restart', endedAt: ended.lastActivityAt });
    expect(ended.doomMs).toBeGreaterThanOrEqual(open!.doomMs);
    expect({ ...after, episodes: [] }).toEqual({ ...before, episodes: [] });
    expect(before.pendingAct).toMatchObject({ act: offered });
    expect(before.nudgePolicy?.mutedUntilBySite['127.0.0.1']).toBeGreaterThan(before.nudges[0]!.outcomeAt!);
    expect(before.checkins).toHaveLength(1);

    // The next doom-like scrolling starts a new episode.
    await scrollFor(await openFeed(second), SUMMARY_EVERY_MS + 3_000);
    await expect.poll(async () => (await readDetector(page))?.episode?.id, { timeout: 15_000 }).toBeTruthy();
    const newId = (await readDetector(page))!.episode!.id;
    expect(newId).not.toBe(seeded);
    await expect.poll(async () => (await readStore<EpisodeRow>(page, 'episodes')).map((e) => e.id)).toContain(newId);
  }, 180_000);

  it('stops the old content script quietly when the extension reloads; the new one works after a page reload', async ({
    expect,
    onTestFinished,
  }) => {
    const session = await launch(onTestFinished, { userDataDir: await developerProfile() });
    const oldPage = await watchLocalSite(session);
    const feed = await openFeed(session);
    const problems = await collectPageProblems(feed);
    await scrollFor(feed, 5_000);
    // A reload closes the extension's pages: that is how the test knows it happened.
    const reloaded = oldPage.waitForEvent('close');
    // What the new worker logs says why, should the sampler not be registered again.
    const workerLog: string[] = [];
    session.context.on('serviceworker', (worker) => worker.on('console', (message) => workerLog.push(message.text())));

    await (await currentWorker(session)).evaluate(() => void setTimeout(() => chrome.runtime.reload(), 100));
    await reloaded;
    // The person goes on scrolling the old page, then reloads it: the old script's windows come due.
    await scrollFor(feed, SUMMARY_EVERY_MS);
    await feed.reload();
    const page = await session.openExtensionPage('options');
    await expect
      .poll(() => registeredScripts(page), { timeout: 15_000 })
      .toContain('outward-scroll')
      .catch((error: Error) => {
        throw new Error(`${error.message}; the new worker logged: ${workerLog.join(' | ') || 'nothing'}`, {
          cause: error,
        });
      });
    await scrollFor(feed, SUMMARY_EVERY_MS + 3_000);

    await expect
      .poll(async () => (await readDetector(page))?.episode?.doomMs ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 120_000);

  it('samples a page that overrides addEventListener, pushState and requestAnimationFrame in its own world', async ({
    expect,
    onTestFinished,
  }) => {
    const session = await launch(onTestFinished);
    const extensionPage = await watchLocalSite(session);
    const page = await openFeed(session, '/hostile-globals.html');
    const problems = await collectPageProblems(page);

    await scrollFor(page, SUMMARY_EVERY_MS + 3_000);

    expect(await page.evaluate(() => (window as unknown as { hostileGlobals?: boolean }).hostileGlobals)).toBe(true);
    await expect
      .poll(async () => (await readDetector(extensionPage))?.episode, { timeout: 15_000 })
      .toMatchObject({ doomMs: expect.any(Number), sites: ['127.0.0.1'] });
    expect(problems).toEqual([]);
  }, 120_000);
});

const CARD = 'outward-nudge [role="dialog"]';

/** Wheel-scrolls until the nudge card is on the page (for at most a minute). */
async function scrollUntilCard(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await page.locator(CARD).isVisible())) {
    if (Date.now() > deadline) throw new Error('no nudge card after a minute of scrolling');
    await scrollFor(page, 1_000);
  }
}

/** What a browser restart must keep: settings, the pending act, snoozes, and the history stores. */
async function keptState(page: Page) {
  const { settings } = await sendFromPage<{ settings: unknown }>(page, 'settings/get', {});
  return {
    settings,
    pendingAct: await readLocal(page, 'pendingAct'),
    nudgePolicy: (await readLocal<{ policy: { mutedUntilBySite: Record<string, number> } }>(page, 'nudgeSession'))
      ?.policy,
    nudges: await readStore<NudgeRow>(page, 'nudges'),
    checkins: await readStore(page, 'checkins'),
    episodes: await readStore<EpisodeRow>(page, 'episodes'),
  };
}

/** Ids of the content scripts registered at run time, read from an extension page. */
function registeredScripts(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
}
