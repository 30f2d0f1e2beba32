import { afterEach, describe, expect, it } from 'vitest';
import { keyboardTrace, PAGE_STEP, pressesAfter } from '@/tests/fixtures/scroll-traces/keyboard-reading';
import { reportSummaries } from './harness/content-world';
import { launchWithExtension, type Session } from './harness/extension';
import { cardsShown, countCards, readDetector } from './harness/faults';
import { captureSummaries, readStore, watchLocalSite } from './harness/watch';

/**
 * Slow keyboard reading of a long article, one PageDown every 20–40 s, at the lowest threshold (one
 * minute): no episode begins and no card appears, though the reading lasts well over a minute.
 * The first minute is reported as the sampler sends it for that reading (one window per press, the
 * first 16 s from the press itself); the rest is real presses.
 */

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Seconds between the real presses; the first counts from the last reported one. */
const GAPS_S = [20, 20, 34, 27];

describe('slow keyboard reading in Chromium', () => {
  it('never starts an episode or shows a card at the one-minute threshold', async () => {
    session = await launchWithExtension();
    await countCards(session.context);
    const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const summaries = await captureSummaries(session);
    const page = await session.context.newPage();
    await page.goto(session.server.url('/article.html'));
    const viewport = await page.evaluate(() => innerHeight);

    // Four earlier presses 20 s apart, the last 7 s ago: its window has just ended.
    const lastReported = Date.now() - 7_000;
    const earlier = pressesAfter(lastReported - 80_000, [20_000, 20_000, 20_000, 20_000], PAGE_STEP * viewport);
    await reportSummaries(page, session.extensionId, keyboardTrace('127.0.0.1', earlier, viewport));
    const reported = (await summaries()).length;

    let next = lastReported;
    for (const gap of GAPS_S) {
      next += gap * 1_000;
      await page.waitForTimeout(Math.max(0, next - Date.now()));
      await page.keyboard.press('PageDown');
    }
    // One window per press; the last is sent a few seconds after it.
    await expect.poll(async () => (await summaries()).length - reported, { timeout: 30_000 }).toBe(GAPS_S.length);

    const real = (await summaries()).slice(reported);
    for (const window of real) {
      expect(window.screens).toBeCloseTo(PAGE_STEP, 1);
      expect(window.windowEnd - window.windowStart).toBeGreaterThanOrEqual(15_000);
    }
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(GAPS_S.length * PAGE_STEP * viewport * 0.9);
    expect((await readDetector(extensionPage))?.episode ?? null).toBeNull();
    expect(await readStore(extensionPage, 'episodes')).toEqual([]);
    expect(await readStore(extensionPage, 'nudges')).toEqual([]);
    expect(await cardsShown([page])).toBe(0);
  }, 200_000);
});
