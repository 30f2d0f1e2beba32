import type { Page } from 'playwright-core';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { afterEach, describe, expect, it } from 'vitest';
import { reportPastScrolling } from './harness/content-world';
import { readDetector } from './harness/faults';
import { launchWithExtension, type Session } from './harness/extension';
import { captureSummaries, readStore, watchLocalSite } from './harness/watch';

/**
 * Scrolling with keys inside an inner scroller, in a snap reel that never changes the URL, and
 * after a click: the summaries the content script sends must carry the distance (they said
 * `downPx 0` while the scroller moved 199,283 px). Most scenarios are checked at the summary level
 * (one ~15 s window each); one runs in real time up to a card at the one-minute threshold.
 */

type Summary = ScrollSummary;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Presses `key` every `everyMs` for `ms` of wall time, as a person paging through a feed. */
async function pressFor(page: Page, key: string, ms: number, everyMs = 500): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await page.keyboard.press(key);
    await page.waitForTimeout(everyMs);
  }
}

/** Opens `path` and gives the inner scroller keyboard focus (as a Tab would) without a click. */
async function openFocused(s: Session, path: string, selector: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.server.url(path));
  await page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel)!;
    if (el.tabIndex < 0) el.tabIndex = 0;
    el.focus();
  }, selector);
  return page;
}

const total = (summaries: Summary[]) => ({
  downPx: summaries.reduce((sum, s) => sum + s.downPx, 0),
  screens: summaries.reduce((sum, s) => sum + s.screens, 0),
});

describe('keyboard scrolling in Chromium', () => {
  it.each(['PageDown', 'Space', 'ArrowDown'])(
    'counts %s inside an inner scroller',
    async (key) => {
      session = await launchWithExtension();
      await watchLocalSite(session);
      const summaries = await captureSummaries(session);
      const page = await openFocused(session, '/feed.html?inner', '#scroller');

      // A summary window's worth of keys, and on until the feed has moved a few screens (a busy
      // machine presses fewer keys in the same time).
      const scrolled = () => page.evaluate(() => document.getElementById('scroller')!.scrollTop);
      await pressFor(page, key, 16_000, key === 'ArrowDown' ? 150 : 500);
      for (let extra = 0; extra < 20 && (await scrolled()) <= 3_000; extra += 1) await pressFor(page, key, 1_000, 150);

      await expect.poll(async () => (await summaries()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
      // Every window that ended is in; the sampler sends the rest when the window closes.
      await expect
        .poll(async () => total(await summaries()).downPx, { timeout: 20_000 })
        .toBeGreaterThan((await scrolled()) * 0.5);
      const moved = await scrolled();
      const counted = total(await summaries());
      expect(moved).toBeGreaterThan(3_000);
      expect(counted.downPx).toBeGreaterThan(moved * 0.5);
      expect(counted.screens).toBeGreaterThanOrEqual(3);
    },
    90_000,
  );

  it('counts a snap reel driven by ArrowDown that never changes the URL, in screens', async () => {
    session = await launchWithExtension();
    await watchLocalSite(session);
    const summaries = await captureSummaries(session);
    const page = await openFocused(session, '/reel.html', '#reel');
    const address = page.url();

    await pressFor(page, 'ArrowDown', 16_000, 700);

    await expect.poll(async () => (await summaries()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect(page.url()).toBe(address);
    expect(total(await summaries()).screens).toBeGreaterThanOrEqual(10);
  }, 90_000);

  it('counts keys after a click into the feed (the click wakes the sampler first)', async () => {
    session = await launchWithExtension();
    await watchLocalSite(session);
    const summaries = await captureSummaries(session);
    const page = await session.context.newPage();
    await page.goto(session.server.url('/feed.html?inner'));
    await page.locator('#feed article').first().click();

    await pressFor(page, 'PageDown', 16_000);

    await expect.poll(async () => (await summaries()).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    const first = (await summaries())[0]!;
    expect(first.purposeful).toBeGreaterThanOrEqual(1);
    expect(total(await summaries()).screens).toBeGreaterThanOrEqual(5);
  }, 90_000);

  it('nudges at the one-minute threshold when PageDown inside an inner scroller carries the episode over it', async () => {
    session = await launchWithExtension();
    const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const page = await openFocused(session, '/feed.html?inner', '#scroller');
    // 40 s reported by the tab; the last 20 s and more must come from the keys (a minute from zero
    // is scrolled for real in reliability.e2e.ts).
    await reportPastScrolling(page, session.extensionId, 40_000);

    const end = Date.now() + 90_000;
    let card = false;
    while (!card && Date.now() < end) {
      await pressFor(page, 'PageDown', 3_000);
      card = await page.evaluate(() => document.querySelector('outward-nudge') !== null);
    }

    expect(card).toBe(true);
    // One episode in history; its minutes as the detector holds them (history has the last checkpoint).
    expect(await readStore(extensionPage, 'episodes')).toHaveLength(1);
    expect((await readDetector(extensionPage))?.episode?.doomMs).toBeGreaterThanOrEqual(60_000);
  }, 150_000);
});
