import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { reportPastScrolling } from './harness/content-world';
import { launchWithExtension, type Session } from './harness/extension';
import { readStore, sendFromPage, watchLocalSite } from './harness/watch';

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function openPopup(session: Session, scheme: 'light' | 'dark' = 'light') {
  const page = await session.openExtensionPage('popup', scheme);
  await page.setViewportSize({ width: 380, height: 720 });
  await page.getByRole('heading', { name: /A small kind thing|In progress/ }).waitFor();
  return page;
}

/**
 * *Done* on the act in progress, on to its form: an act that costs money (the act on offer is drawn
 * at random) first asks what was given, answered here with *No, not this time*.
 */
async function pressDone(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Done' }).click();
  await popup.locator('#act-note, .gift-step').first().waitFor();
  if (await popup.locator('.gift-step').isVisible())
    await popup.getByRole('button', { name: 'No, not this time' }).click();
}

/** The popup's "Kind acts today" figure, as shown. */
const actsToday = (popup: Page) => popup.locator('dl div', { hasText: 'Kind acts today' }).locator('dd').textContent();

describe('popup check-in in Chromium', () => {
  it('stores a mood check-in in IndexedDB with one tap', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);

    await popup.getByRole('radio', { name: 'Okay' }).check();
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Noted');

    const checkins = await readStore(popup, 'checkins');
    expect(checkins).toEqual([expect.objectContaining({ mood: 3, context: 'standalone', actRecordId: null })]);
  });

  it('shows an act accepted elsewhere as in progress, records it done with a mood after, and updates today', async () => {
    session = await launchWithExtension();
    const page = await openPopup(session);
    const offered = await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'act/current', data: {} }).then((reply) => reply.data.offered),
    );
    // The in-page card sends exactly this when its *Do it* is pressed.
    await page.evaluate(
      (act) => chrome.runtime.sendMessage({ type: 'act/start', data: { act, nudgeId: 'nudge-from-card' } }),
      offered,
    );

    const popup = await openPopup(session);
    await expect.poll(() => popup.getByRole('heading', { name: 'In progress' }).count()).toBe(1);
    expect(await popup.getByText(offered.title).count()).toBe(1);
    await pressDone(popup);
    await popup.getByLabel('A note for your journal (optional)').fill('It felt good');
    await popup.getByRole('group', { name: 'How do you feel now?' }).getByRole('radio', { name: 'Great' }).check();
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => popup.getByRole('status').last().textContent())
      .toBe('That was kind. It is in your journal.');
    // The same popup, not reopened: its figures count the act the moment it is stored.
    await expect
      .poll(() => popup.locator('dl div', { hasText: 'Kind acts today' }).locator('dd').textContent())
      .toBe('1');

    const acts = await readStore(popup, 'acts');
    expect(acts).toEqual([
      expect.objectContaining({ actId: offered.id, note: 'It felt good', nudgeId: 'nudge-from-card' }),
    ]);
    expect(await readStore(popup, 'checkins')).toEqual([
      expect.objectContaining({ mood: 5, context: 'after', actRecordId: acts[0]!.id }),
    ]);
    const reopened = await openPopup(session);
    await expect
      .poll(() => reopened.locator('dl div', { hasText: 'Kind acts today' }).locator('dd').textContent())
      .toBe('1');
    expect(await reopened.getByText('A kind act on the books. Every one counts.').count()).toBe(1);
  });

  it('takes a just-recorded act and its mood after back with Undo, by keyboard, and the figures go back at once', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);
    await popup.getByRole('button', { name: 'Do it' }).click();
    await pressDone(popup);
    await popup.getByRole('group', { name: 'How do you feel now?' }).getByRole('radio', { name: 'Good' }).check();
    // By keyboard: Save, then Undo is the next Tab stop. Focused, it stays past its few seconds,
    // however slowly this machine reads the stores below.
    await popup.getByRole('button', { name: 'Save' }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByText('That was kind. It is in your journal.').waitFor();
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Undo: take this act out of your journal',
    );
    await expect.poll(() => actsToday(popup)).toBe('1');
    expect(await readStore(popup, 'acts')).toHaveLength(1);
    expect(await readStore(popup, 'checkins')).toEqual([expect.objectContaining({ context: 'after', mood: 4 })]);

    await popup.keyboard.press('Enter');

    await expect.poll(() => actsToday(popup)).toBe('0');
    expect(await readStore(popup, 'acts')).toEqual([]);
    expect(await readStore(popup, 'checkins')).toEqual([]);
    expect(await popup.locator('.act-panel [role="status"]').textContent()).toBe(
      'Taken back. It is no longer in your journal.',
    );
    expect(await popup.getByRole('button', { name: /^Undo/ }).count()).toBe(0);
  });

  it('takes a check-in back with Undo, reached with the keyboard, and keeps the focus in the check-in', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);
    await popup.getByRole('radio', { name: 'Okay' }).check();
    await expect.poll(() => readStore(popup, 'checkins')).toHaveLength(1);

    // From the chosen face, Tab reaches Undo next; the button never took the focus itself.
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Undo check-in');
    await popup.keyboard.press('Enter');

    await popup.getByText('Check-in taken back.').waitFor();
    expect(await readStore(popup, 'checkins')).toEqual([]);
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toBe('Check-in taken back.');
  });

  it('offers the act of the card on the page, and Do it there answers that card’s nudge', async () => {
    session = await launchWithExtension({ openCardRoot: true });
    const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const feed = await session.context.newPage();
    await feed.goto(session.server.url('/feed.html'));
    // More than the one-minute threshold, reported by the tab as its sampler would: the card comes.
    await reportPastScrolling(feed, session.extensionId, 75_000);
    const cardTitle = feed.locator('outward-nudge').getByRole('heading', { level: 2 });
    await cardTitle.waitFor();
    const onCard = (await cardTitle.textContent())!.trim();

    const popup = await openPopup(session);

    await expect.poll(() => popup.locator('.act-panel .act-title').textContent()).toBe(onCard);
    await popup.getByRole('button', { name: 'Do it' }).click();
    await expect
      .poll(async () => (await readStore<{ outcome: string }>(extensionPage, 'nudges')).map((n) => n.outcome))
      .toEqual(['accepted']);
  });

  it("shows today's check-in chosen when the popup reopens, and a second tap changes that one", async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);
    await popup.getByRole('radio', { name: 'Okay' }).check();
    await expect.poll(() => readStore(popup, 'checkins')).toHaveLength(1);

    const reopened = await openPopup(session);
    await expect.poll(() => reopened.getByRole('radio', { name: 'Okay' }).isChecked()).toBe(true);
    await reopened.getByRole('radio', { name: 'Good' }).check();

    await expect.poll(() => readStore(reopened, 'checkins')).toEqual([expect.objectContaining({ mood: 4 })]);
  });

  it('keeps one mood scale on screen under the Done form', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);

    await popup.getByRole('button', { name: 'Do it' }).click();
    await pressDone(popup);

    await popup.getByRole('group', { name: 'How do you feel now?' }).waitFor();
    await expect.poll(() => popup.locator('fieldset.mood-scale').count()).toBe(1);
  });

  it('pauses nudges for the rest of today from the popup', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);

    await popup.getByRole('button', { name: 'Pause nudges' }).click();
    await popup.getByRole('button', { name: 'Pause for the rest of today' }).click();

    await expect.poll(() => popup.getByText(/^Nudges are paused until /).count()).toBe(1);
    const { settings } = await sendFromPage<{ settings: { nudges: { pausedUntil: number | null } } }>(
      popup,
      'settings/get',
      {},
    );
    expect(settings.nudges.pausedUntil).toBeGreaterThan(Date.now());
    expect(await popup.getByRole('button', { name: 'Resume nudges' }).count()).toBe(1);
  });

  it('records a kind act done on its own, counts it at once and shows it in the journal', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);

    await popup.getByRole('button', { name: 'I did something kind on my own' }).click();
    await popup.getByLabel('What did you do?').fill('Carried a neighbour’s shopping upstairs');
    await popup.getByLabel('Kind of act').selectOption('community');
    await popup.getByLabel('For whom (optional)').fill('Mrs Ruiz');
    await popup.getByRole('button', { name: 'Save' }).click();

    await expect
      .poll(() => popup.locator('dl div', { hasText: 'Kind acts today' }).locator('dd').textContent())
      .toBe('1');
    expect(await readStore(popup, 'acts')).toEqual([
      expect.objectContaining({
        title: 'Carried a neighbour’s shopping upstairs (for Mrs Ruiz)',
        category: 'community',
        nudgeId: null,
      }),
    ]);
    const journal = await session.openExtensionPage('journal');
    await expect
      .poll(() => journal.getByText('Carried a neighbour’s shopping upstairs (for Mrs Ruiz)').count())
      .toBeGreaterThan(0);
  });

  it('offers another idea that differs from the one shown', async () => {
    session = await launchWithExtension();
    const popup = await openPopup(session);
    const title = () => popup.locator('.act-title').textContent();
    const first = await title();

    await popup.getByRole('button', { name: 'Another idea' }).click();

    await expect.poll(title).not.toBe(first);
  });

  it.each(['light', 'dark'] as const)(
    'has no axe-core violations (%s scheme): offer, checked in, paused, done form, recorded with Undo, undone, own act',
    async (scheme) => {
      session = await launchWithExtension();
      const popup = await openPopup(session, scheme);
      const offer = await axeViolations(popup);
      await popup.getByRole('radio', { name: 'Good' }).check();
      await popup.getByRole('button', { name: 'Add a note' }).waitFor();
      // Focused, *Undo* stays past its few seconds while axe looks at it.
      await popup.getByRole('button', { name: 'Undo check-in' }).focus();
      const checkedIn = await axeViolations(popup);
      await popup.getByRole('button', { name: 'Pause nudges' }).click();
      await popup.getByRole('button', { name: 'Pause for an hour' }).click();
      await popup.getByRole('button', { name: 'Resume nudges' }).waitFor();
      const paused = await axeViolations(popup);
      await popup.getByRole('button', { name: 'Do it' }).click();
      await pressDone(popup);
      const finishing = await axeViolations(popup);
      await popup.screenshot({ path: `test-results/popup-${scheme}.png`, fullPage: true });

      await popup.getByRole('button', { name: 'Save' }).click();
      await popup.getByText('That was kind. It is in your journal.').waitFor();
      const undo = popup.getByRole('button', { name: 'Undo: take this act out of your journal' });
      await undo.focus();
      const recorded = await axeViolations(popup);
      await popup.screenshot({ path: `test-results/popup-${scheme}-undo.png`, fullPage: true });
      await undo.click();
      await popup.getByText('Taken back. It is no longer in your journal.').waitFor();
      const undone = await axeViolations(popup);
      await popup.getByRole('button', { name: 'I did something kind on my own' }).click();
      const ownAct = await axeViolations(popup);

      expect({ offer, checkedIn, paused, finishing, recorded, undone, ownAct }).toEqual({
        offer: [],
        checkedIn: [],
        paused: [],
        finishing: [],
        recorded: [],
        undone: [],
        ownAct: [],
      });
    },
  );
});
