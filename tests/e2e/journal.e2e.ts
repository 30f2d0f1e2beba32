import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createJournalFormats } from '@/components/journal/formats';
import { axeViolations } from './harness/axe';
import { E2E_NOW } from './harness/clock';
import { launchWithExtension, type Session } from './harness/extension';
import { browserClock, journalReadyAt, seedHistory } from './harness/history-seed';
import { expectedJournal } from './journal-expected';

const SHOTS = '/tmp/outward-shots';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Opens the journal with its clock at the suite's fixed "now", seeds `count` records over the `days`
 * days before it, reloads and waits for the first render. `format` writes numbers as the page does.
 */
async function seededJournal(count: number, days: number, scheme: 'light' | 'dark' = 'light') {
  session = await launchWithExtension();
  const page = await session.openExtensionPage('journal', scheme, { now: E2E_NOW });
  await page.setViewportSize({ width: 1100, height: 900 });
  await journalReadyAt(page);
  const data = await seedHistory(page, count, days, E2E_NOW);
  const readyAt = await journalReadyAt(page);
  const clock = await browserClock(page);
  const expected = expectedJournal(data, clock, E2E_NOW);
  const { number: format, month } = createJournalFormats(clock.locale, clock.timeZone);
  return { page, data, expected, readyAt, format, month };
}

/** The cells of a table's body rows, header cell first. */
const tableRows = (page: Page, caption: string) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));

const entryTitles = (page: Page) => page.locator('.entry-title').allTextContents();

describe('journal in Chromium', () => {
  it('shows totals, the week, the charts’ figures and mood pairs computed from the seeded history', async () => {
    const { page, expected, format, month } = await seededJournal(2000, 120);
    const { totals, weekly } = expected;

    expect(await page.locator('.totals-headline').textContent()).toBe(
      `${format(totals.acts)} kind acts since ${month(totals.since!)}`,
    );
    expect(await page.locator('.journal .figures dd').allTextContents()).toEqual(
      [totals.daysWithActs, totals.nudgesAccepted, totals.checkins].map(format),
    );
    expect(await tableRows(page, 'This week so far')).toEqual([
      [
        'Fast scrolling',
        `${format(weekly.thisWeek.doomMinutes)} min`,
        `${format(weekly.lastWeekToDate.doomMinutes)} min`,
      ],
      ['Kind acts', format(weekly.thisWeek.acts), format(weekly.lastWeekToDate.acts)],
      ['Nudges taken up', format(weekly.thisWeek.nudgesAccepted), format(weekly.lastWeekToDate.nudgesAccepted)],
    ]);
    const daily = await tableRows(page, 'The last 30 days, day by day');
    expect(daily.map(([, minutes, acts]) => [minutes, acts])).toEqual(
      expected.series.map((p) => [format(p.doomMinutes), format(p.acts)]),
    );
    expect(await tableRows(page, 'Kind acts of each kind')).toHaveLength(6);
    expect((await tableRows(page, 'Kind acts of each kind')).map(([, n]) => n)).toEqual(
      expected.categories.map((c) => format(c.acts)),
    );
    expect(expected.mood.pairs).toBeGreaterThanOrEqual(3);
    expect(await page.locator('p', { hasText: /^From \d+ kind acts/ }).textContent()).toMatch(
      new RegExp(`^From ${expected.mood.pairs} kind acts with a check-in`),
    );
  });

  it('lists the newest entries first, loads the next page on "Show more" and filters by time', async () => {
    const { page, expected } = await seededJournal(2000, 120);
    const all = expected.timeline('all');

    expect(await entryTitles(page)).toEqual(all.slice(0, 25));
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => entryTitles(page)).toEqual(all.slice(0, 50));

    await page.getByRole('radio', { name: 'Past week' }).check();
    const week = expected.timeline('week');
    await expect.poll(() => entryTitles(page)).toEqual(week.slice(0, 25));
    while (await page.getByRole('button', { name: 'Show more' }).isVisible()) {
      await page.getByRole('button', { name: 'Show more' }).click();
      await page.locator('.show-more[aria-busy="false"], .timeline-status:has-text("Showing all")').first().waitFor();
    }
    await expect.poll(() => page.getByRole('status').last().textContent()).toBe(`Showing all ${week.length} entries.`);
    expect(await entryTitles(page)).toEqual(week);
    expect(week.length).toBeLessThan(all.length);
  });

  it('welcomes a first visit warmly when there is no history yet', async () => {
    session = await launchWithExtension();
    const page = await session.openExtensionPage('journal', 'light', { now: E2E_NOW });
    await journalReadyAt(page);

    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Your journal starts here']);
    expect(await axeViolations(page)).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations with history (%s scheme)', async (scheme) => {
    const { page } = await seededJournal(2000, 120, scheme);
    for (const summary of await page.locator('summary').all()) await summary.click();

    const violations = await axeViolations(page);
    for (const summary of await page.locator('summary').all()) await summary.click();
    await mkdir(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/journal-${scheme}.png`, fullPage: true });

    expect(violations).toEqual([]);
  });

  it('renders charts and the first timeline page with 100,000 records', { timeout: 240_000 }, async () => {
    const { page, readyAt } = await seededJournal(100_000, 3 * 365);

    console.log(`journal-ready with 100,000 records: ${readyAt.toFixed(1)} ms after navigation`);
    expect(await page.locator('.bin-chart').count()).toBe(2);
    expect(await page.locator('.entry').count()).toBe(25);
  });
});
