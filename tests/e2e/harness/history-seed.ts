import type { Page } from 'playwright-core';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { HISTORY_DB_NAME } from '@/utils/platform/db/schema';
import { buildSeedData } from '@/tests/fixtures/history/seed-data';
import { writeHistorySeed, type SeedData } from '@/tests/fixtures/history/write-seed';

/** The browser's time zone and locale, so figures computed here place records on the same days. */
export async function browserClock(page: Page): Promise<{ timeZone: string; locale: string }> {
  return page.evaluate(() => {
    const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
    return { timeZone, locale };
  });
}

/**
 * Seeds `count` generated records over the `days` days before `now` into the history database of
 * the extension page `page` (which must have opened the database already) and reloads it. Give the
 * page the same `now` (`openExtensionPage(…, { now })`) so its "today" is the seed's.
 */
export async function seedHistory(page: Page, count: number, days: number, now: number): Promise<SeedData> {
  const { timeZone } = await browserClock(page);
  const data = buildSeedData({ count, seed: 6, endAt: now - 60_000, days }, dayKeyOfZone(timeZone));
  // JSON text, not the object: Playwright serialises large object arguments slowly.
  await page.evaluate(writeHistorySeed, { db: HISTORY_DB_NAME, data: JSON.stringify(data) });
  await page.reload();
  return data;
}

/** Waits for the journal's first render and returns when it happened (ms after navigation). */
export async function journalReadyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('journal-ready').length > 0);
  return page.evaluate(() => performance.getEntriesByName('journal-ready')[0]!.startTime);
}
