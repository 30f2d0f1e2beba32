import type Axe from 'axe-core';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '@/utils/domain/settings/schema';
import { detectorStateAfterScrolling } from '@/tests/e2e/harness/detector-seed';
import {
  axeViolations,
  launchFirefox,
  readStore,
  scrollUntil,
  sendFromPage,
  until,
  watchLocalSite,
  type FirefoxSession,
} from '@/tests/e2e/harness/firefox';

const NUDGE_BADGE = '♥';

interface NudgeRow {
  id: string;
  episodeId: string;
  site: string;
  level: number;
  actId: string;
  outcome: string;
  outcomeAt: number | null;
}

interface EpisodeRow {
  id: string;
  sites: string[];
}

let session: FirefoxSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Whether the card's dialog is on the page, inside the shadow root of Outward's host element. */
const cardShown = (page: Page) => () =>
  page.evaluate(() => Boolean(document.querySelector('outward-nudge')?.shadowRoot?.querySelector('[role="dialog"]')));

/** One of the card's buttons, by its visible text or accessible name; clicked with real (BiDi) input. */
async function cardButton(page: Page, name: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await page.evaluateHandle((label) => {
    const buttons = document.querySelector('outward-nudge')?.shadowRoot?.querySelectorAll('button') ?? [];
    return [...buttons].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === label) ?? null;
  }, name);
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no card button named ${name}`);
  return button;
}

/** How many buttons inside the card's shadow root axe-core (already injected) checked for a name. */
function shadowButtonsAxeChecked(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const results = await axe.run(
      { include: ['outward-nudge'] },
      { runOnly: { type: 'rule', values: ['button-name'] } },
    );
    return results.passes
      .flatMap((rule) => rule.nodes)
      .filter((node) => Array.isArray(node.target[0]) && node.target[0][0] === 'outward-nudge').length;
  });
}

/** The id of the nudge on show, as the background keeps it. */
const activeNudgeId = (page: Page) =>
  page.evaluate(
    async () =>
      ((await chrome.storage.local.get('nudgeSession')).nudgeSession as { active: { record: { id: string } } }).active
        .record.id,
  );

const badgeText = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

/** Requests that went anywhere but the local test server. */
async function outsideRequests(s: FirefoxSession): Promise<string[]> {
  return (await s.requests()).filter((url) => !url.startsWith(`${s.server.origin}/`));
}

/**
 * Puts an open episode 50 s into doom scrolling on 127.0.0.1 into the detector's session state, as
 * Outward's own detector folds it from the summaries of that much scrolling, so the next real
 * summaries cross the one-minute threshold. The sampler, fold, policy, picker and card then run as
 * after a minute of scrolling. Returns the episode's id.
 */
async function seedEpisodeNearThreshold(page: Page): Promise<string> {
  const { settings } = await sendFromPage<{ settings: Settings }>(page, 'settings/get', {});
  const now = await page.evaluate(() => Date.now());
  const state = detectorStateAfterScrolling(settings, '127.0.0.1', 50_000, now);
  await page.evaluate(
    async (key, value) => {
      await chrome.storage.session.set({ [key]: value });
    },
    'detector',
    state,
  );
  return state.episode!.id;
}

/**
 * Whether the tab now in front runs Outward's sampler: a script run in the tab's extension world
 * finds the sampler's running copy there (its stop function, kept under a symbol of that world); a
 * tab without host access refuses the script.
 */
function frontTabHasContentScript(extensionPage: Page): Promise<boolean> {
  return extensionPage.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      const [found] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        func: () =>
          typeof (globalThis as Record<symbol, Record<string, unknown> | undefined>)[
            Symbol.for('outward:content-script')
          ]?.scroll === 'function',
      });
      return found?.result === true;
    } catch {
      return false;
    }
  });
}

describe('nudges in Firefox', () => {
  it('runs the sampler only on a watched site whose access is granted', async () => {
    session = await launchFirefox();
    const extensionPage = await watchLocalSite(session);
    // example.com is watched too, but its access was never granted: no pattern is registered for it.
    await sendFromPage(extensionPage, 'settings/update', {
      patch: {
        watchedSites: [
          { host: '127.0.0.1', enabled: true, minutesBeforeNudge: null },
          { host: 'example.com', enabled: true, minutesBeforeNudge: null },
        ],
      },
    });
    // Same server under another name: neither watched nor granted.
    const ungranted = await session.openPage(session.server.url('/feed.html').replace('127.0.0.1', 'localhost'));
    const granted = await session.openPage(session.server.url('/feed.html'));

    await until('the sampler on 127.0.0.1', () => frontTabHasContentScript(extensionPage));
    await ungranted.bringToFront();

    expect(await ungranted.evaluate(() => location.hostname)).toBe('localhost');
    expect(await frontTabHasContentScript(extensionPage)).toBe(false);
    expect(
      await extensionPage.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []),
      ),
    ).toEqual(['http://127.0.0.1/*']);
    await granted.bringToFront();
    expect(await frontTabHasContentScript(extensionPage)).toBe(true);
  });

  it('shows the card after a minute of real scrolling, and records Another idea and Not now in IndexedDB', async () => {
    session = await launchFirefox();
    const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const feed = await session.openPage(session.server.url('/feed.html'));
    expect(await badgeText(extensionPage)).toBe('');

    const cardAfter = await scrollUntil(session, feed, cardShown(feed), 150_000);

    expect(cardAfter).not.toBeNull();
    console.log(`card after ${cardAfter} ms of scrolling`);
    expect(await feed.evaluate(() => Boolean(document.querySelector('[role="dialog"]')))).toBe(false);
    expect(await badgeText(extensionPage)).toBe(NUDGE_BADGE);
    const episodes = await readStore<EpisodeRow>(extensionPage, 'episodes');
    expect(episodes).toEqual([expect.objectContaining({ sites: ['127.0.0.1'] })]);
    const first = await activeNudgeId(extensionPage);

    // Another idea: the same card offers a different act under a new nudge id.
    await (await cardButton(feed, 'Another idea')).click();
    await until('another idea', async () => (await activeNudgeId(extensionPage)) !== first);
    const second = await activeNudgeId(extensionPage);
    expect(await cardShown(feed)()).toBe(true);
    await (await cardButton(feed, 'Not now')).click();

    await until('the card to go', async () => !(await cardShown(feed)()));
    await until('Not now in IndexedDB', async () =>
      (await readStore<NudgeRow>(extensionPage, 'nudges')).some((n) => n.outcome === 'not-now'),
    );
    const nudges = await readStore<NudgeRow>(extensionPage, 'nudges');
    const answer = { episodeId: episodes[0]!.id, site: '127.0.0.1', level: 1, outcomeAt: expect.any(Number) };
    expect(nudges).toHaveLength(2);
    expect(nudges).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...answer, id: first, outcome: 'another' }),
        expect.objectContaining({ ...answer, id: second, outcome: 'not-now' }),
      ]),
    );
    expect(await outsideRequests(session)).toEqual([]);
    expect(await session.errors()).toEqual([]);
  }, 240_000);

  it('shows an accessible card, records Do it in IndexedDB and starts the act', async () => {
    session = await launchFirefox();
    const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const feed = await session.openPage(session.server.url('/feed.html'));
    const seeded = await seedEpisodeNearThreshold(extensionPage);

    expect(await scrollUntil(session, feed, cardShown(feed), 60_000)).not.toBeNull();
    expect(await axeViolations(feed, 'outward-nudge')).toEqual([]);
    // axe names a node inside a shadow root by a path of selectors, [host, inner]: it did look
    // inside the card (its five buttons), not only at the empty host element.
    expect(await shadowButtonsAxeChecked(feed)).toBe(5);
    const active = await extensionPage.evaluate(
      async () =>
        (
          (await chrome.storage.local.get('nudgeSession')).nudgeSession as {
            active: { record: { id: string }; act: { id: string; link: string | null } };
          }
        ).active,
    );
    await (await cardButton(feed, 'Do it')).click();

    await until('the card to go', async () => !(await cardShown(feed)()));
    await until('Do it in IndexedDB', async () =>
      (await readStore<NudgeRow>(extensionPage, 'nudges')).some((n) => n.outcome === 'accepted'),
    );
    expect(await readStore<NudgeRow>(extensionPage, 'nudges')).toEqual([
      expect.objectContaining({
        id: active.record.id,
        episodeId: seeded,
        actId: active.act.id,
        outcome: 'accepted',
      }),
    ]);
    const { pending } = await sendFromPage<{ pending: { act: { id: string }; nudgeId: string } | null }>(
      extensionPage,
      'act/current',
      {},
    );
    expect(pending).toMatchObject({ act: { id: active.act.id }, nudgeId: active.record.id });
    // Do it opens the act's link, if it has one: the only request allowed past 127.0.0.1 (the
    // harness's dead proxy stops it on the machine).
    const link = active.act.link;
    const expectedOutside = link?.startsWith('https:') ? [new URL(link).href] : [];
    await until(
      'the act link, if any',
      async () => (await outsideRequests(session!)).length === expectedOutside.length,
    );
    expect(await outsideRequests(session)).toEqual(expectedOutside);
    expect(await session.errors()).toEqual([]);
  }, 120_000);
});
