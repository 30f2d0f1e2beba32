import { afterEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type Session } from './harness/extension';
import { currentWorker, readStore, scrollFor, watchLocalSite } from './harness/watch';

interface Episode {
  id: string;
  doomMs: number;
  activeMs: number;
  sites: string[];
  endedAt: number | null;
}

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Counts `scroll/summary` messages reaching the worker from now on (until the worker stops). */
async function countSummaries(session: Session) {
  const worker = await currentWorker(session);
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { summaries?: number };
    scope.summaries = 0;
    chrome.runtime.onMessage.addListener((message: { type?: string }) => {
      if (message?.type === 'scroll/summary') scope.summaries = (scope.summaries ?? 0) + 1;
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { summaries: number }).summaries);
}

/** Names of the extension worlds (content scripts) created in a page, via the DevTools protocol. */
async function watchIsolatedWorlds(page: Page): Promise<{ cdp: CDPSession; worlds: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.auxData?.type === 'isolated') worlds.push(context.origin);
  });
  await cdp.send('Runtime.enable');
  return { cdp, worlds };
}

// Stopping the service worker mid-episode is covered, with two tabs and seeded stops, in reliability.e2e.ts.
describe('doom-scroll detection in Chromium', () => {
  it('turns real wheel scrolling of a feed into summaries at the expected rate and an episode in IndexedDB', async () => {
    session = await launchWithExtension();
    const extensionPage = await watchLocalSite(session);
    const summaries = await countSummaries(session);
    const feed = await session.context.newPage();
    await feed.goto(session.server.url('/feed.html'));

    await scrollFor(feed, 36_000);

    // One summary about every 15 s of activity: two in 36 s, never one per scroll event.
    await expect.poll(summaries, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await summaries()).toBeLessThanOrEqual(3);
    const episodes = await readStore<Episode>(extensionPage, 'episodes');
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ sites: ['127.0.0.1'], endedAt: null });
    expect(episodes[0]!.doomMs).toBeGreaterThan(10_000);
  });

  it('counts scrolling inside an inner scroll container too', async () => {
    session = await launchWithExtension();
    const extensionPage = await watchLocalSite(session);
    const feed = await session.context.newPage();
    await feed.goto(session.server.url('/feed.html?inner'));

    await scrollFor(feed, 20_000);

    expect(await feed.evaluate(() => [scrollY, document.getElementById('scroller')!.scrollTop])).toEqual([
      0,
      expect.any(Number),
    ]);
    await expect
      .poll(async () => (await readStore<Episode>(extensionPage, 'episodes'))[0]?.doomMs ?? 0, { timeout: 10_000 })
      .toBeGreaterThan(5_000);
  });

  it('starts watching a tab that was already open when its site is added, once', async () => {
    session = await launchWithExtension();
    const extensionOrigin = `chrome-extension://${session.extensionId}`;
    const feed = await session.context.newPage();
    const { worlds } = await watchIsolatedWorlds(feed);
    await feed.goto(session.server.url('/feed.html'));
    expect(worlds).not.toContain(extensionOrigin);

    await watchLocalSite(session);
    await expect.poll(() => worlds.filter((origin) => origin === extensionOrigin).length).toBe(1);
    const summaries = await countSummaries(session);
    await feed.bringToFront();
    await scrollFor(feed, 17_000);

    // No reload: the sampler put in by the grant reports the scrolling.
    await expect.poll(summaries, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(worlds.filter((origin) => origin === extensionOrigin)).toHaveLength(1);
  });

  it('counts each clip of a short-video feed that changes the URL per clip as an item', async () => {
    session = await launchWithExtension();
    await watchLocalSite(session);
    const worker = await currentWorker(session);
    await worker.evaluate(() => {
      const scope = globalThis as unknown as { items?: number[] };
      scope.items = [];
      chrome.runtime.onMessage.addListener((message: { type?: string; data?: { itemChanges?: number } }) => {
        if (message?.type === 'scroll/summary') scope.items!.push(message.data?.itemChanges ?? -1);
      });
    });
    const shorts = await session.context.newPage();
    await shorts.goto(session.server.url('/shorts.html'));

    // Eight clips, one every two seconds, by ArrowDown: each press pushes a new address.
    for (let clip = 0; clip < 8; clip += 1) {
      await shorts.keyboard.press('ArrowDown');
      await shorts.waitForTimeout(2_000);
    }

    const items = () => worker.evaluate(() => (globalThis as unknown as { items: number[] }).items);
    await expect.poll(async () => (await items()).reduce((sum, n) => sum + n, 0), { timeout: 20_000 }).toBe(8);
    expect(shorts.url()).toMatch(/\/shorts\/9$/);
  });

  it('injects nothing into a page whose site is not granted and watched', async () => {
    session = await launchWithExtension();
    await watchLocalSite(session);
    const extensionOrigin = `chrome-extension://${session.extensionId}`;
    const watched = await session.context.newPage();
    const unwatched = await session.context.newPage();
    const onWatched = await watchIsolatedWorlds(watched);
    const onUnwatched = await watchIsolatedWorlds(unwatched);

    await watched.goto(session.server.url('/feed.html'));
    // Same server, other host name: not in the watched list and not granted.
    await unwatched.goto(session.server.url('/feed.html').replace('127.0.0.1', 'localhost'));
    await watched.waitForTimeout(1_500);

    expect(onWatched.worlds).toContain(extensionOrigin);
    expect(onUnwatched.worlds).not.toContain(extensionOrigin);
  });
});
