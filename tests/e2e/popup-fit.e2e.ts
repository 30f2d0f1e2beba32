import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILT_IN_ACTS } from '@/utils/domain/acts/catalogue';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { E2E_NOW } from './harness/clock';
import { launchWithExtension, type Session } from './harness/extension';
import { seedHistory } from './harness/history-seed';

/** Chrome's toolbar popup is at most 800 × 600 px; Outward's is 380 px wide. */
const POPUP = { width: 380, height: 600 } as const;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * The built-in act with the most words in `lang` (its title counted a little more: larger, bold),
 * ready to show as the picker hands it out: the tallest offer the popup can have.
 */
async function wordiestAct(lang: string): Promise<ResolvedAct> {
  const messages = JSON.parse(await readFile(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  const resolved = BUILT_IN_ACTS.filter((act) => act.slot === null).map((act): ResolvedAct => ({
    id: act.id,
    title: messages[act.titleKey]!.message,
    howTo: messages[act.howToKey]!.message,
    why: messages[act.whyKey]!.message,
    minutes: act.minutes,
    cost: act.cost,
    category: act.category,
    link: null,
  }));
  const size = (act: ResolvedAct) => act.title.length * 1.4 + act.howTo.length;
  return resolved.reduce((most, act) => (size(act) > size(most) ? act : most));
}

/** The popup at 380 × 600, offering the wordiest act in `lang` (not one drawn at random), so each state is measured at its tallest. */
async function openPopup(session: Session, lang: string): Promise<Page> {
  const page = await session.openExtensionPage('popup', 'light', { now: E2E_NOW });
  await page.setViewportSize(POPUP);
  await page.locator('.act-panel h2').waitFor();
  const act = await wordiestAct(lang);
  await page.evaluate((offeredAct) => chrome.storage.local.set({ offeredAct }), act);
  await page.reload();
  await page.locator('.act-panel .act-title', { hasText: act.title }).waitFor();
  return page;
}

/** The document's height and where the two links end, as the person would see them in the popup. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const bottomOf = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? Infinity;
    return {
      height: document.documentElement.scrollHeight,
      // What the content itself needs (the document is never shorter than the viewport).
      content: Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? Infinity),
      width: document.documentElement.scrollWidth,
      journal: bottomOf('.popup-links a[href$="journal.html"]'),
      settings: bottomOf('.popup-links a[href$="options.html"]'),
    };
  });
}

const LIMITS = {
  height: POPUP.height,
  content: POPUP.height,
  width: POPUP.width,
  journal: POPUP.height,
  settings: POPUP.height,
};

/**
 * Measures one state and keeps a picture of it (`test-results/popup-<lang>-<state>.png`); returns
 * what does not fit, as `state: measure value` lines (none when everything fits).
 */
async function overflow(page: Page, lang: string, state: string): Promise<string[]> {
  const size = await measure(page);
  console.log(`${lang} ${state}: ${JSON.stringify(size)}`);
  await page.screenshot({ path: `test-results/popup-${lang}-${state.replaceAll(' ', '-')}.png`, fullPage: true });
  return Object.entries(size)
    .filter(([key, value]) => value > LIMITS[key as keyof typeof LIMITS])
    .map(([key, value]) => `${state}: ${key} ${value}`);
}

describe.each(['en', 'es'] as const)('popup at 380 × 600 (%s)', (lang) => {
  it('fits in every state of the act, with Journal and Settings in view', async () => {
    session = await launchWithExtension({ locale: lang });
    const popup = await openPopup(session, lang);
    const over = await overflow(popup, lang, 'first run');

    await popup.locator('.mood-checkin input[value="3"]').check();
    await popup.locator('.mood-checkin [role="status"]:not(:empty)').waitFor();
    // Focused, *Undo* stays on screen past its few seconds while the state is measured.
    await popup.locator('.mood-checkin .undo-button').focus();
    over.push(...(await overflow(popup, lang, 'checked in with undo')));

    await popup.locator('.act-panel .act-title').waitFor();
    over.push(...(await overflow(popup, lang, 'act on offer')));

    await popup.locator('.act-panel button.primary').click();
    await popup.locator('.act-panel[data-view="pending"]').waitFor();
    over.push(...(await overflow(popup, lang, 'in progress')));

    await popup.locator('.act-panel button.primary').click();
    // An act that costs money asks first what was given (the act on offer is drawn at random).
    await popup.locator('#act-note, .gift-step').first().waitFor();
    if (await popup.locator('.gift-step').isVisible()) {
      over.push(...(await overflow(popup, lang, 'gift step')));
      await popup.locator('.gift-step .actions button[type="button"]').click();
    }
    await popup.locator('#act-note').fill('Wrote to my sister; she answered with a long story about her garden.');
    await popup.locator('.act-panel input[name="mood-after"][value="4"]').check();
    over.push(...(await overflow(popup, lang, 'done form')));

    await popup.locator('.act-panel button[type="submit"]').click();
    await popup.locator('.act-panel[data-view="recorded"]').waitFor();
    await popup.locator('.act-panel .undo-button').focus();
    over.push(...(await overflow(popup, lang, 'recorded with undo')));

    await popup.locator('.act-panel .undo-button').click();
    await popup.locator('.act-panel[data-view="undone"]').waitFor();
    over.push(...(await overflow(popup, lang, 'undone')));

    await popup.locator('.own-act-open').click();
    await popup.locator('#own-act-title').fill('Carried a neighbour’s shopping upstairs');
    over.push(...(await overflow(popup, lang, 'own act form')));

    await popup.locator('.own-act button[type="submit"]').click();
    await popup.locator('.recorded-row .undo-button').focus();
    over.push(...(await overflow(popup, lang, 'own act recorded with undo')));

    expect(over).toEqual([]);
  });

  it('fits with six weeks of history', async () => {
    session = await launchWithExtension({ locale: lang });
    const popup = await openPopup(session, lang);

    await seedHistory(popup, 400, 42, E2E_NOW);
    await popup.locator('.today dd').first().waitFor();

    expect(await overflow(popup, lang, 'six weeks of history')).toEqual([]);
  });
});
