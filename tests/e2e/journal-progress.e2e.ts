import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pastActRecord } from '@/utils/domain/history/entry-edits';
import type { CheckinRecord } from '@/utils/domain/history/records';
import { binRollups, type BinnedSeries, type ChartRange } from '@/utils/domain/stats/bins';
import { formatAmount } from '@/utils/domain/giving/country';
import { addDays, dayKeyOfZone, dayStartMs, type DayKey } from '@/utils/domain/stats/day-key';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { sinceYouBegan } from '@/utils/domain/stats/since-began';
import { PERSON_ACT_IDS, sinceReach } from '@/utils/domain/stats/since-reach';
import { totalsSince } from '@/utils/domain/stats/totals';
import { weekStartForLocale } from '@/utils/domain/stats/week';
import { HISTORY_DB_NAME } from '@/utils/platform/db/schema';
import { historyEvents, type HistoryRecords } from '@/tests/fixtures/history/generate-history';
import { buildSeedData } from '@/tests/fixtures/history/seed-data';
import { writeHistorySeed, type SeedData } from '@/tests/fixtures/history/write-seed';
import { axeViolations } from './harness/axe';
import { E2E_NOW } from './harness/clock';
import { launchWithExtension, type Session } from './harness/extension';
import { browserClock } from './harness/history-seed';
import { expectedJournal } from './journal-expected';

/** The journal's "now" in every test here: the page is told this time before it loads. */
/** The suite's fixed day (OUTWARD_E2E_NOW moves it). */
const ANCHOR = E2E_NOW;
const SHOTS = '/tmp/outward-shots';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

interface Seeded {
  page: Page;
  data: SeedData;
  clock: { timeZone: string; locale: string };
  today: DayKey;
}

/** Waits for the journal's first render: what it draws with history, or without. */
const journalShown = (page: Page) => page.locator('.journal, .journal-empty').first().waitFor();

/** Opens the journal with a fixed clock, seeds `count` records over `days` days up to the anchor, reloads. */
async function seededJournal(
  count: number,
  days: number,
  options: { locale?: string; scheme?: 'light' | 'dark'; width?: number; gifts?: boolean; people?: boolean } = {},
): Promise<Seeded> {
  session = await launchWithExtension(options.locale ? { locale: options.locale } : {});
  const page = await session.openExtensionPage('journal', options.scheme ?? 'light', { now: ANCHOR });
  await page.setViewportSize({ width: options.width ?? 1100, height: 900 });
  await journalShown(page);
  const clock = await browserClock(page);
  const dayKeyOf = dayKeyOfZone(clock.timeZone);
  const built =
    count > 0 ? buildSeedData({ count, seed: 18, endAt: ANCHOR - 60_000, days }, dayKeyOf) : oneCheckin(dayKeyOf);
  const gifted = options.gifts ? withGifts(built) : built;
  const data = options.people ? withPeople(gifted) : gifted;
  await page.evaluate(writeHistorySeed, { db: HISTORY_DB_NAME, data: JSON.stringify(data) });
  await page.reload();
  await journalShown(page);
  return { page, data, clock, today: dayKeyOf(ANCHOR) };
}

/**
 * Every third giving act with a gift the person recorded: euros to one of two causes, now and then
 * dollars without a cause (amounts and roll-ups are unchanged: roll-ups do not count money).
 */
function withGifts(data: SeedData): SeedData {
  let giving = 0;
  const acts = data.acts.map((act) => {
    if (act.category !== 'give' || giving++ % 3 !== 0) return act;
    const dollars = giving % 4 === 0;
    const given = dollars
      ? { amount: 5, currency: 'USD', causeId: null }
      : { amount: 2.5, currency: 'EUR', causeId: giving % 2 === 0 ? 'food-bank' : 'trees' };
    return { ...act, given };
  });
  return { ...data, acts };
}

/** Every act addressed to one person made out to one of four people, in turn by the act's number. */
function withPeople(data: SeedData): SeedData {
  const people = ['p-ana', 'p-bo', 'p-cy', 'p-dee'];
  const acts = data.acts.map((act) =>
    PERSON_ACT_IDS.has(act.actId) ? { ...act, personId: people[Number(act.id.slice(1)) % people.length] } : act,
  );
  return { ...data, acts };
}

/** A first day's history: one mood check-in an hour before the anchor. */
function oneCheckin(dayKeyOf: (at: number) => DayKey): SeedData {
  const checkin: CheckinRecord = {
    id: 'first',
    at: ANCHOR - 3600_000,
    mood: 4,
    context: 'standalone',
    note: '',
    actRecordId: null,
  };
  const records: HistoryRecords = { episodes: [], nudges: [], acts: [], checkins: [checkin] };
  return { ...records, daily: rollupsFromRecords(historyEvents(records), dayKeyOf) };
}

/** Seed data with records changed, and its roll-ups recomputed from scratch. */
function revised(seeded: Seeded, change: (records: HistoryRecords) => HistoryRecords): SeedData {
  const records = change(seeded.data);
  return { ...records, daily: rollupsFromRecords(historyEvents(records), dayKeyOfZone(seeded.clock.timeZone)) };
}

const RANGES: [ChartRange, string][] = [
  ['days30', '30 days'],
  ['weeks12', '12 weeks'],
  ['all', 'All time'],
];

function expectedSeries(seeded: Seeded, data: SeedData, range: ChartRange): BinnedSeries {
  const since = totalsSince(data.daily).since!;
  return binRollups(data.daily, range, seeded.today, since, weekStartForLocale(seeded.clock.locale));
}

function captionOf(range: ChartRange, series: BinnedSeries): string {
  if (range === 'days30') return 'The last 30 days, day by day';
  if (range === 'weeks12') return 'The last 12 weeks, week by week';
  return series.size === 'month' ? 'All time, month by month' : 'All time, week by week';
}

/** The cells of a table's body rows, header cell first. */
const tableRows = (page: Page, caption: string) =>
  page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));

/** Minutes and acts of each bin as the page writes them. */
const binCells = (seeded: Seeded, series: BinnedSeries) => {
  const number = new Intl.NumberFormat(seeded.clock.locale, { maximumFractionDigits: 1 });
  return series.bins.map((bin) => [number.format(bin.doomMinutes), number.format(bin.acts)]);
};
const shownBins = async (page: Page, caption: string) =>
  (await tableRows(page, caption)).map(([, minutes, acts]) => [minutes, acts]);

const headline = (page: Page) => page.locator('.totals-headline').textContent();

/** Whole minutes as the journal writes a duration. */
const duration = (minutes: number) =>
  minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;

/**
 * Every element with its own text inside the journal whose box leaves its card or the window, or
 * whose text is smaller than 11 px, or that clips its own content. Hidden elements are skipped.
 */
function clippedText(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways (${width} px)`);
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      const ownText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!ownText) continue;
      const box = element.getBoundingClientRect();
      // Text kept for screen readers only is a 1 px box on purpose (`visually-hidden`, legends).
      if (box.width <= 1 || box.height <= 1 || element.closest('details:not([open]) > :not(summary)')) continue;
      const card = element.closest('.card') ?? document.querySelector('main')!;
      const frame = card.getBoundingClientRect();
      const text = element.textContent!.trim().slice(0, 40);
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) problems.push(`outside its card: ${text}`);
      if (box.right > width + 0.5) problems.push(`outside the window: ${text}`);
      if (parseFloat(getComputedStyle(element).fontSize) < 11) problems.push(`below 11 px: ${text}`);
      const style = getComputedStyle(element);
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`clips its text: ${text}`);
      }
    }
    return problems;
  });
}

describe('journal over all of a person’s time, in Chromium', () => {
  it('draws every range from its own bars, data older than 30 days included', { timeout: 120_000 }, async () => {
    const seeded = await seededJournal(3000, 200);
    const { page, data, today } = seeded;

    for (const [range, label] of RANGES) {
      await page.getByRole('radio', { name: label, exact: true }).check();
      const series = expectedSeries(seeded, data, range);
      await expect.poll(() => shownBins(page, captionOf(range, series))).toEqual(binCells(seeded, series));
      expect(await page.locator('.bin-chart').count()).toBe(2);
    }

    const older = expectedSeries(seeded, data, 'all').bins.filter((bin) => bin.to < addDays(today, -29));
    expect(older.reduce((sum, bin) => sum + bin.acts + bin.doomMinutes, 0)).toBeGreaterThan(0);
  });

  it('sets the first two weeks beside the last two in words, people reached and gifts too, from the seeded history', async () => {
    const seeded = await seededJournal(3000, 200, { gifts: true, people: true });
    const since = sinceYouBegan(seeded.data.daily, totalsSince(seeded.data.daily).since, seeded.today);
    if (since.status !== 'ready') throw new Error('the seed should span more than six weeks');
    const actsIn = ({ from, to }: { from: DayKey; to: DayKey }) =>
      seeded.data.acts.filter(
        (act) =>
          act.at >= dayStartMs(from, seeded.clock.timeZone) &&
          act.at < dayStartMs(addDays(to, 1), seeded.clock.timeZone),
      );
    const reach = sinceReach(actsIn(since.first), actsIn(since.latest));
    if (!reach.people || !reach.gifts) throw new Error('the seed should hold acts for someone known, and gifts');
    const peopleIn = (window: { from: DayKey; to: DayKey }) =>
      new Set(actsIn(window).flatMap((act) => (act.personId ? [act.personId] : []))).size;
    const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);
    const money = (totals: { currency: string; amount: number }[]) =>
      totals.map((total) => formatAmount(total.amount, total.currency, seeded.clock.locale)).join(' · ');

    const lines = await seeded.page.locator('.since-lines li').allTextContents();

    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain(duration(since.first.doomMinutesPerWeek));
    expect(lines[0]).toContain(duration(since.latest.doomMinutesPerWeek));
    expect(reach.people).toMatchObject({ first: peopleIn(since.first), latest: peopleIn(since.latest) });
    expect(lines[2]).toMatch(/^People you reached: /);
    expect(lines[2]).toContain(people(peopleIn(since.first)));
    expect(lines[2]).toContain(people(peopleIn(since.latest)));
    expect(lines[3]).toMatch(/^Given, as you recorded it: /);
    for (const window of [reach.gifts.first, reach.gifts.latest]) {
      expect(lines[3]).toContain(window.totals.length > 0 ? money(window.totals) : 'nothing recorded');
    }
  });

  it('takes a deleted kind act out of the totals and a corrected mood into the mood figures', async () => {
    const seeded = await seededJournal(2000, 120);
    const { page } = seeded;
    const newestAct = [...seeded.data.acts].sort((a, b) => b.at - a.at)[0]!;
    const withoutAct = revised(seeded, (r) => ({ ...r, acts: r.acts.filter((a) => a.id !== newestAct.id) }));
    const before = expectedJournal(seeded.data, seeded.clock, ANCHOR).totals.acts;
    const after = expectedJournal(withoutAct, seeded.clock, ANCHOR).totals.acts;
    expect(await headline(page)).toMatch(new RegExp(`^${new Intl.NumberFormat('en').format(before)} kind acts`));

    await page.getByRole('radio', { name: 'Kind acts', exact: true }).check();
    await expect.poll(() => page.locator('.entry-title').first().textContent()).toBe(`Kind act ${newestAct.title}`);
    const entry = page.locator('.entry').first();
    await entry.getByRole('button', { name: 'Delete' }).click();
    await entry.getByRole('button', { name: 'Yes, delete' }).click();

    await expect
      .poll(() => headline(page))
      .toMatch(new RegExp(`^${new Intl.NumberFormat('en').format(after)} kind acts`));
    const series = expectedSeries(seeded, withoutAct, 'days30');
    expect(await shownBins(page, 'The last 30 days, day by day')).toEqual(binCells(seeded, series));

    const tied = [...withoutAct.checkins]
      .filter((c) => c.context === 'after' && c.actRecordId !== null)
      .sort((a, b) => b.at - a.at)[0]!;
    const newMood = tied.mood === 1 ? 5 : 1;
    const changed = revised({ ...seeded, data: withoutAct }, (r) => ({
      ...r,
      checkins: r.checkins.map((c): CheckinRecord => (c.id === tied.id ? { ...c, mood: newMood } : c)),
    }));
    const mood = expectedJournal(changed, seeded.clock, ANCHOR).mood;
    if (!mood.enough) throw new Error('the seed should hold enough mood pairs');
    await page.getByRole('radio', { name: 'Check-ins', exact: true }).check();
    const checkin = page.locator(`.entry:has(.entry-time)`).filter({ hasText: 'After a kind act' }).first();
    await checkin.getByRole('button', { name: 'Edit' }).click();
    await checkin.getByLabel('Mood').selectOption(String(newMood));
    await checkin.getByRole('button', { name: 'Save changes' }).click();

    const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
    await expect.poll(() => tableRows(page, 'From ')).toContainEqual(['After', number.format(mood.averageAfter)]);
  });

  it('puts a kind act added afterwards on the day it was done, older than 30 days', async () => {
    const seeded = await seededJournal(2000, 120);
    const { page, today } = seeded;
    const day = addDays(today, -45);
    const added = { day, title: 'Carried a neighbour’s shopping', category: 'support', note: '' } as const;
    // The worker stamps its own id; the day's figures do not depend on it.
    const placed = pastActRecord(added, 'added', seeded.clock.timeZone, ANCHOR)!;
    const withAct = revised(seeded, (r) => ({ ...r, acts: [...r.acts, placed] }));
    const stored = () =>
      page.evaluate(
        async ({ name, key }) =>
          new Promise<number>((resolve) => {
            indexedDB.open(name).onsuccess = (event) => {
              const db = (event.target as IDBOpenDBRequest).result;
              const request = db.transaction('daily').objectStore('daily').get(key);
              request.onsuccess = () => resolve((request.result as { acts?: number } | undefined)?.acts ?? 0);
            };
          }),
        { name: HISTORY_DB_NAME, key: day },
      );
    const actsBefore = await stored();

    await page.getByRole('button', { name: 'Add a kind act' }).click();
    await page.getByLabel('What you did').fill(added.title);
    await page.getByLabel('Kind', { exact: true }).selectOption('support');
    await page.getByLabel('Day', { exact: true }).fill(day);
    await page.getByRole('button', { name: 'Add it' }).click();

    await expect.poll(() => page.locator('.add-act [role="status"]').textContent()).toMatch(/^Added to /);
    expect(await stored()).toBe(actsBefore + 1);
    await page.getByRole('radio', { name: '12 weeks', exact: true }).check();
    const series = expectedSeries(seeded, withAct, 'weeks12');
    await expect.poll(() => shownBins(page, 'The last 12 weeks, week by week')).toEqual(binCells(seeded, series));
  });

  it('welcomes a first day with what will appear, and no empty chart', async () => {
    const { page } = await seededJournal(0, 0);

    expect(await page.locator('.bin-chart').count()).toBe(0);
    expect(await page.getByText(/^Nothing recorded in this range yet/).count()).toBe(1);
    expect(await page.getByText(/^Once you have six weeks of history/).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toBe('Showing the only entry.');
  });

  it.each(['light', 'dark'] as const)(
    'has no axe-core violations with the new controls open (%s scheme)',
    async (scheme) => {
      const { page } = await seededJournal(2000, 120, { scheme, gifts: true, people: true });
      await page.getByRole('button', { name: 'Add a kind act' }).click();
      await page.locator('.entry-act').first().getByRole('button', { name: 'Edit' }).click();
      await page.locator('.entry').nth(1).getByRole('button', { name: 'Delete' }).click();
      for (const summary of await page.locator('summary').all()) await summary.click();

      const violations = await axeViolations(page);

      expect(violations).toEqual([]);
    },
  );

  it.each([
    ['en', 'light', 360],
    ['es', 'dark', 360],
    ['en', 'dark', 1280],
    ['es', 'light', 1280],
  ] as const)('keeps every text inside its card at %s, %s, %i px, in every range', async (locale, scheme, width) => {
    const { page } = await seededJournal(2000, 120, { locale, scheme, width, gifts: true, people: true });
    // Scrolling, kind acts, people reached and gifts: every Since you began line is on the page.
    expect(await page.locator('.since-lines li').count()).toBe(4);
    await mkdir(SHOTS, { recursive: true });
    const problems: string[] = [];

    for (let i = 0; i < RANGES.length; i += 1) {
      await page.locator(`#chart-range-${RANGES[i]![0]}`).check();
      await page.locator('.bin-chart').first().waitFor();
      problems.push(...(await clippedText(page)).map((p) => `${RANGES[i]![0]}: ${p}`));
    }
    const shot = `${SHOTS}/journal-progress-${locale}-${scheme}-${width}`;
    await page.screenshot({ path: `${shot}.png`, fullPage: true });
    for (const id of ['since-heading', 'over-time-heading', 'mood-heading', 'timeline-heading']) {
      await page.locator(`section[aria-labelledby="${id}"]`).screenshot({ path: `${shot}-${id}.png` });
    }

    expect(await page.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${locale}`));
    expect(problems).toEqual([]);
  });
});
