/**
 * No raw message key ever reaches a person (issue 20): in English and in Spanish, every text of the
 * popup (first run, an act on offer, another idea, after *Do it*), the options, welcome and journal
 * pages (with seeded history) and the in-page card (a real nudge from the background, its *Another
 * idea*, the pause screen) is read from the DOM, with every `aria-label`, `title`, `placeholder`,
 * `alt` and the document's title, and none may look like a key (`act_…`, `…_title`, `__MSG_…`) or
 * be one of the extension's message names. Controls and headings that need words must have some.
 * One browser per language runs every state in order.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import { E2E_NOW } from './harness/clock';
import { reportPastScrolling } from './harness/content-world';
import { launchWithExtension, type Session } from './harness/extension';
import { journalReadyAt, seedHistory } from './harness/history-seed';
import { currentWorker, watchLocalSite } from './harness/watch';

/** What a message key looks like when it leaks: an act's key, any `…_title` key, or an unfilled `__MSG_…__`. */
const RAW_KEY = /^act_|_title$|__MSG_/;
/** Every message name the extension has: `nudgeCardDo` shown as is is a leak too. */
const MESSAGE_NAMES = new Set(Object.keys(en));
const CARD = 'outward-nudge [role="dialog"]';
/** Fast scrolling reported from the feed's tab: past the one-minute threshold, so its last summary brings a nudge. */
const SEEDED_SCROLLING_MS = 75_000;

/** One text a person (or a screen reader) meets, and where it was found. */
interface Found {
  where: string;
  text: string;
}

/** What one state of a page shows, read from its DOM (and any open shadow root in it). */
interface Words {
  lang: string;
  texts: Found[];
  /** Controls, headings and labels that need words and have none. */
  unnamed: string[];
}

/**
 * Reads every text node (not scripts or styles; hidden ones too, they reach screen readers or come
 * back on the next click), every `aria-label`, `title`, `placeholder` and `alt`, and the document's
 * title, inside `hostSelector`'s shadow root (the card) or the whole document.
 */
function readWords(page: Page, hostSelector: string | null = null): Promise<Words> {
  return page.evaluate((selector) => {
    const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];
    const NEEDS_NAME =
      'button, a[href], summary, select, textarea, input:not([type="hidden"]), [role="dialog"], [role="group"], h1, h2, h3, h4, h5, h6, legend, label';
    const texts: { where: string; text: string }[] = [];
    const unnamed: string[] = [];
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      (typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
    const nameOf = (el: Element, root: Document | ShadowRoot) => {
      const labelledBy = el.getAttribute('aria-labelledby');
      if (labelledBy)
        return labelledBy
          .split(/\s+/)
          .map((id) => root.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      const label = el.getAttribute('aria-label');
      if (label !== null) return label.trim();
      const labels = (el as HTMLInputElement).labels;
      if (labels && labels.length > 0)
        return [...labels]
          .map((l) => l.textContent ?? '')
          .join(' ')
          .trim();
      if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) return el.value.trim();
      return (el.textContent ?? '').trim() || (el.getAttribute('title') ?? '').trim();
    };
    const visit = (root: Document | ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node instanceof Text) {
          const parent = node.parentElement;
          const text = node.data.trim();
          if (parent && !SKIP.has(parent.tagName.toUpperCase()) && text) texts.push({ where: describe(parent), text });
          continue;
        }
        const el = node as Element;
        for (const attribute of ATTRIBUTES) {
          const value = el.getAttribute(attribute);
          if (value === null) continue;
          texts.push({ where: `${describe(el)}[${attribute}]`, text: value.trim() });
          if (attribute === 'aria-label' && !value.trim()) unnamed.push(`${describe(el)}[aria-label]`);
        }
        if (el.matches(NEEDS_NAME) && el.checkVisibility() && !nameOf(el, root)) unnamed.push(describe(el));
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    if (selector) {
      const root = document.querySelector(selector)?.shadowRoot;
      if (!root) throw new Error(`no open shadow root at ${selector}`);
      visit(root);
      return { lang: root.querySelector('html')?.lang ?? '', texts, unnamed };
    }
    visit(document);
    texts.push({ where: 'document title', text: document.title.trim() });
    if (!document.title.trim()) unnamed.push('document title');
    return { lang: document.documentElement.lang, texts, unnamed };
  }, hostSelector);
}

/** The texts of `words` that are, or look like, a message key. */
const leaks = (words: Words) =>
  words.texts.filter(({ text }) => RAW_KEY.test(text) || MESSAGE_NAMES.has(text)).map((f) => `${f.where}: ${f.text}`);

/** Opens the popup as the popup tests do and waits for its act panel to show `view`. */
async function openPopup(session: Session, view: string): Promise<Page> {
  const page = await session.openExtensionPage('popup');
  await page.setViewportSize({ width: 380, height: 720 });
  await page.locator(`.act-panel[data-view="${view}"] .act-title`).first().waitFor();
  return page;
}

const actTitle = (page: Page, scope = '.act-panel') => page.locator(`${scope} .act-title`).first().textContent();

/** Waits until the text at `read` is something other than `before` (a new idea came). */
async function changed(read: () => Promise<string | null>, before: string | null): Promise<string | null> {
  await expect.poll(read).not.toBe(before);
  return read();
}

describe.each(['en', 'es'] as const)('no raw message key in Chromium (%s)', (locale) => {
  let session: Session;
  /** Every state read so far, by name. */
  const seen: Record<string, Words> = {};

  beforeAll(async () => {
    session = await launchWithExtension({ openCardRoot: true, locale });
    // An act with a link opens it on Do it; nothing may leave the machine.
    await session.context.route(
      (url) => url.protocol === 'https:',
      (route) => route.abort(),
    );
  });
  afterAll(() => session?.close());

  it('popup on first run, with no site watched yet', async () => {
    const popup = await openPopup(session, 'offer');
    // The "no sites yet" notice links to the welcome page: this really is the first run.
    await popup.locator('a[href$="/welcome.html"]').waitFor();

    seen['popup first run'] = await readWords(popup);
    await popup.close();
  });

  it('options, welcome, and the journal with seeded history', async () => {
    const options = await session.openExtensionPage('options');
    await options.locator('input').first().waitFor();
    seen.options = await readWords(options);

    const welcome = await session.openExtensionPage('welcome');
    await welcome.locator('h1').waitFor();
    seen.welcome = await readWords(welcome);

    const journal = await session.openExtensionPage('journal', 'light', { now: E2E_NOW });
    await journalReadyAt(journal);
    await seedHistory(journal, 600, 90, E2E_NOW);
    await journalReadyAt(journal);
    await journal.locator('.entry-title').first().waitFor();
    seen.journal = await readWords(journal);
    await Promise.all([options.close(), welcome.close(), journal.close()]);
  });

  it('a real nudge card, its next idea, and the pause screen', async () => {
    const settingsPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    await settingsPage.close();
    const feedUrl = session.server.url('/feed.html');
    const feed = await session.context.newPage();
    await feed.goto(feedUrl);
    await feed.bringToFront();

    // The background folds the summaries, crosses the threshold, picks a catalogue act in the
    // browser's language and runs the card's script in this tab with it.
    await reportPastScrolling(feed, session.extensionId, SEEDED_SCROLLING_MS);
    await feed.locator(CARD).waitFor();
    const shownAct = () =>
      currentWorker(session).then((worker) =>
        worker.evaluate(async () => {
          const { nudgeSession } = await chrome.storage.local.get('nudgeSession');
          const { active } = nudgeSession as { active: { record: { id: string }; act: { title: string } } };
          return { nudgeId: active.record.id, act: active.act };
        }),
      );
    const cardTitle = () => feed.locator('outward-nudge .ow-title').textContent();
    const first = await shownAct();
    expect(await cardTitle()).toBe(first.act.title);
    seen.card = await readWords(feed, 'outward-nudge');

    await feed.locator('outward-nudge .ow-secondary').click();
    const next = await changed(cardTitle, first.act.title);
    expect(next).toBe((await shownAct()).act.title);
    seen['card after Another idea'] = await readWords(feed, 'outward-nudge');

    // The pause screen has words of its own (the breath, *Close this tab*): the same act, at level 3.
    const { nudgeId, act } = await shownAct();
    const worker = await currentWorker(session);
    await worker.evaluate(
      async ({ url, show }) => {
        const [tab] = await chrome.tabs.query({ url });
        await chrome.tabs.sendMessage(tab!.id!, { type: 'nudge/show', data: show }, { frameId: 0 });
      },
      { url: feedUrl, show: { nudgeId, level: 3, act } },
    );
    await feed.locator(`${CARD}[aria-modal="true"]`).waitFor();
    seen['pause screen'] = await readWords(feed, 'outward-nudge');
    await feed.close();
  });

  it('popup with an act on offer, another idea, and after Do it', async () => {
    const popup = await openPopup(session, 'offer');
    expect(await popup.locator('a[href$="/welcome.html"]').count()).toBe(0);
    seen['popup offer'] = await readWords(popup);

    const offered = await actTitle(popup);
    await popup.locator('.act-panel[data-view="offer"] .actions button:not(.primary)').first().click();
    await changed(() => actTitle(popup), offered);
    seen['popup another idea'] = await readWords(popup);

    await popup.locator('.act-panel[data-view="offer"] button.primary').click();
    await popup.locator('.act-panel[data-view="pending"] .act-title').waitFor();
    seen['popup after Do it'] = await readWords(popup);

    // *Done*: the note and mood form, or first the gift question for an act that costs money.
    await popup.locator('.act-panel[data-view="pending"] button.primary').click();
    await popup.locator('.act-panel[data-view="finishing"], .act-panel[data-view="giving"]').waitFor();
    seen['popup Done'] = await readWords(popup);
  });

  it('shows no raw key and no empty label anywhere, all in the browser’s language', () => {
    const states = Object.keys(seen);
    expect(states).toHaveLength(11);
    const byState = (pick: (words: Words) => unknown) =>
      Object.fromEntries(states.map((state) => [state, pick(seen[state]!)]));

    expect.soft(byState(leaks)).toEqual(byState(() => []));
    expect.soft(byState((words) => words.unnamed)).toEqual(byState(() => []));
    expect.soft(byState((words) => words.lang.split('-')[0])).toEqual(byState(() => locale));
    // Each state was read for real: a handful of texts at least.
    for (const state of states) expect(seen[state]!.texts.length, state).toBeGreaterThan(8);
  });
});
