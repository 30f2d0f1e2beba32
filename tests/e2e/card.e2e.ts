/**
 * The card as a person meets it (issue 17): a corner card that appears while the mouse scrolls takes
 * no focus and draws no ring; the pause screen is a real modal (Tab stays inside, no ring round the
 * dialog, a breath that stands still under reduced motion, axe-clean in both schemes, English and
 * Spanish) whose *Close this tab* closes the feed's tab. The card's script comes into the tab only
 * with the nudge: before it, the page holds nothing of Outward's but the sampler.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { reportPastScrolling } from './harness/content-world';
import { launchWithExtension, type Session } from './harness/extension';
import { currentWorker, watchLocalSite } from './harness/watch';
import { SAMPLE_ACT as ACT } from './harness/sample-act';
import type { ResolvedAct } from '@/utils/domain/acts/types';

const CARD = 'outward-nudge [role="dialog"]';
const SHOTS = '/tmp/outward-shots';
let session: Session | undefined;
beforeAll(() => mkdir(SHOTS, { recursive: true }));
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * Shows a card for `level` in the feed tab through the background's own path (the card's script run
 * in the tab, then `nudge/show`), without waiting for the policy's ladder to reach the pause screen.
 */
async function showCard(s: Session, feedUrl: string, level: 1 | 2 | 3, act: ResolvedAct = ACT): Promise<void> {
  const worker = await currentWorker(s);
  await worker.evaluate(
    async ({ url, level: shownLevel, act }) => {
      const [tab] = await chrome.tabs.query({ url });
      await chrome.scripting.executeScript({ target: { tabId: tab!.id!, frameIds: [0] }, files: ['/nudge-card.js'] });
      await chrome.tabs.sendMessage(
        tab!.id!,
        { type: 'nudge/show', data: { nudgeId: 'e2e-pause', level: shownLevel, act } },
        { frameId: 0 },
      );
    },
    { url: feedUrl, level, act },
  );
}

/** Where focus is, seen from the page and from inside the card's root. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('outward-nudge');
    const root = host?.shadowRoot;
    const active = root?.activeElement ?? null;
    return {
      pageFocus: document.activeElement?.tagName.toLowerCase() ?? null,
      inCard: active
        ? (active.getAttribute('aria-label') ?? active.getAttribute('role') ?? active.textContent?.trim() ?? null)
        : null,
      cardOutline: root ? getComputedStyle(root.querySelector('.ow-card')!).outlineStyle : null,
      focusVisible: root ? root.querySelectorAll(':focus-visible').length : null,
    };
  });
}

describe('the card in Chromium', () => {
  it('comes into the tab only with the nudge, and a corner card that appears under the mouse takes no focus and shows no ring', async () => {
    session = await launchWithExtension({ openCardRoot: true });
    await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const feed = await session.context.newPage();
    await feed.goto(session.server.url('/feed.html'));
    await reportPastScrolling(feed, session.extensionId, 50_000);
    const cardCodeBefore = await feed.evaluate(() => document.querySelector('outward-nudge') !== null);

    await feed.mouse.move(400, 300);
    for (let i = 0; i < 400 && !(await feed.locator(CARD).isVisible()); i += 1) {
      await feed.mouse.wheel(0, 350);
      await feed.waitForTimeout(80);
    }

    expect(cardCodeBefore).toBe(false);
    await expect.poll(() => feed.locator(CARD).isVisible()).toBe(true);
    expect(await focusState(feed)).toEqual({ pageFocus: 'body', inCard: null, cardOutline: 'none', focusVisible: 0 });
    expect(await feed.locator(CARD).getAttribute('aria-modal')).toBe('false');
  }, 120_000);

  it('makes the pause screen a modal that keeps Tab inside, passes axe in both schemes, and closes the tab on Close this tab', async () => {
    session = await launchWithExtension({ openCardRoot: true });
    await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const feed = await session.context.newPage();
    const feedUrl = session.server.url('/feed.html');
    await feed.goto(feedUrl);
    await feed.mouse.wheel(0, 600);

    await showCard(session, feedUrl, 3);
    await expect.poll(() => feed.locator(CARD).isVisible()).toBe(true);

    expect(await feed.locator(CARD).getAttribute('aria-modal')).toBe('true');
    expect(await focusState(feed)).toMatchObject({ pageFocus: 'outward-nudge', inCard: 'dialog', cardOutline: 'none' });
    const stops: (string | null)[] = [];
    for (let i = 0; i < 9; i += 1) {
      await feed.keyboard.press('Tab');
      stops.push((await focusState(feed)).inCard);
    }
    await feed.keyboard.press('Shift+Tab');
    const afterBack = await focusState(feed);
    // Seven controls: close, Do it, Another idea, Not now, on purpose, Back to the page, Close this tab.
    expect(stops).toEqual([
      'Close',
      'Do it',
      'Another idea',
      'Not now',
      'I’m here on purpose',
      'Back to the page',
      'Close this tab',
      'Close',
      'Do it',
    ]);
    expect(afterBack).toMatchObject({ pageFocus: 'outward-nudge', inCard: 'Close', focusVisible: 1 });
    for (const colorScheme of ['light', 'dark'] as const) {
      await feed.emulateMedia({ colorScheme });
      expect(await axeViolations(feed, 'outward-nudge')).toEqual([]);
      await feed.screenshot({ path: `${SHOTS}/card-pause-${colorScheme}.png` });
    }
    await feed.emulateMedia({ reducedMotion: 'reduce' });
    const breathing = await feed.evaluate(
      () =>
        document.querySelector('outward-nudge')!.shadowRoot!.querySelector('.ow-breathe-circle')!.getAnimations()
          .length,
    );
    expect(breathing).toBe(0);

    await feed.locator('outward-nudge').getByRole('button', { name: 'Close this tab' }).click();

    await expect.poll(() => feed.isClosed()).toBe(true);
  }, 120_000);

  it('shows the pause screen in Spanish with the browser in Spanish', async () => {
    session = await launchWithExtension({ openCardRoot: true, locale: 'es' });
    await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const feed = await session.context.newPage();
    const feedUrl = session.server.url('/feed.html');
    await feed.goto(feedUrl);
    // The act as the background resolves it in this browser: its words from the browser's messages.
    const act = await (
      await currentWorker(session)
    ).evaluate(
      (sample) => ({
        ...sample,
        title: chrome.i18n.getMessage('act_thank_helpful_answer_title'),
        howTo: chrome.i18n.getMessage('act_thank_helpful_answer_how'),
        why: chrome.i18n.getMessage('act_thank_helpful_answer_why'),
      }),
      ACT,
    );
    const spanish = JSON.parse(await readFile('public/_locales/es/messages.json', 'utf8')) as Record<
      string,
      { message: string }
    >;

    await showCard(session, feedUrl, 3, act);
    await expect.poll(() => feed.locator(CARD).isVisible()).toBe(true);

    const names = await feed.locator('outward-nudge').getByRole('button').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Cerrar esta pestaña', 'Volver a la página']));
    expect(await feed.locator('outward-nudge').getByRole('heading', { level: 2 }).textContent()).toBe(
      spanish.act_thank_helpful_answer_title!.message,
    );
    expect(await axeViolations(feed, 'outward-nudge')).toEqual([]);
    await feed.screenshot({ path: `${SHOTS}/card-pause-es.png` });
  }, 120_000);
});
