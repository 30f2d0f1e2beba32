import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App as Popup } from '@/entrypoints/popup/App';
import { loadPopup } from '@/entrypoints/popup/data';
import { shownNudgeRecord } from '@/utils/domain/nudges/active-nudge';
import { createNudgeSession } from '@/utils/domain/nudges/session';
import { writeHistory } from '@/utils/platform/db/history-writes';
import { readPendingAct, writeOfferedAct } from '@/utils/platform/storage/act-store';
import { readActiveNudge, writeNudgeSession } from '@/utils/platform/storage/nudge-store';
import { localDayKeyOf } from '@/utils/platform/time-zone';
import { renderWithI18n } from '@/tests/unit/helpers/render';
import { aResolvedAct } from '@/tests/unit/helpers/acts';
import { storedRecords, usePopupWorld } from '@/tests/unit/helpers/popup-world';

/*
 * A waiting nudge's act is the popup's act: the popup it opened (the person asked for the larger
 * nudge in the popup) or the one beside its card on a page answers that nudge.
 */

const offered = aResolvedAct();

/** A level-2 nudge that opened the popup (or went to a card) a minute ago, as the background leaves it. */
async function popupNudge(channel: 'popup' | 'card' = 'popup') {
  const record = shownNudgeRecord({
    id: 'nudge-7',
    now: Date.now() - 60_000,
    episodeId: 'episode-1',
    site: 'reddit.com',
    level: 2,
    act: offered,
  });
  await writeHistory({ store: 'nudges', record }, localDayKeyOf());
  await writeNudgeSession({ ...createNudgeSession(), active: { record, act: offered, tabId: 3, channel } });
}

const nudgeRecords = () => storedRecords('nudges');

const button = (name: string) => screen.findByRole('button', { name });

// The popup and the handlers read the clock: it starts at a fixed instant and ticks on.
usePopupWorld();

describe('the popup opened by a nudge', () => {
  it('shows the nudge’s act and, on Do it, starts it as that nudge’s answer', async () => {
    await popupNudge();
    renderWithI18n(<Popup popup={loadPopup()} />);

    expect(await screen.findByText(offered.title)).toBeTruthy();
    fireEvent.click(await button('Do it'));

    await waitFor(async () => expect((await readPendingAct(Date.now()))?.nudgeId).toBe('nudge-7'));
    expect((await readPendingAct(Date.now()))?.act).toEqual(offered);
    expect((await nudgeRecords()).map((r) => [r.id, r.outcome])).toEqual([['nudge-7', 'accepted']]);
    expect(await readActiveNudge()).toBeNull();
  });

  it('offers the act of a card on a page, not an idea of its own, and answers that card’s nudge', async () => {
    await writeOfferedAct(aResolvedAct({ id: 'other-idea', title: 'Another idea the popup had' }));
    await popupNudge('card');
    renderWithI18n(<Popup popup={loadPopup()} />);

    expect(await screen.findByText(offered.title)).toBeTruthy();
    expect(screen.queryByText('Another idea the popup had')).toBeNull();
    fireEvent.click(await button('Do it'));

    await waitFor(async () => expect((await readPendingAct(Date.now()))?.nudgeId).toBe('nudge-7'));
    expect((await nudgeRecords()).map((r) => [r.id, r.outcome])).toEqual([['nudge-7', 'accepted']]);
  });

  it('records Another idea on the nudge and answers the new one with the next button', async () => {
    await popupNudge();
    renderWithI18n(<Popup popup={loadPopup()} />);

    await screen.findByText(offered.title);
    fireEvent.click(await button('Another idea'));
    await waitFor(() => expect(screen.queryByText(offered.title)).toBeNull());
    fireEvent.click(await button('Not now'));

    await waitFor(async () => expect(await nudgeRecords()).toHaveLength(2));
    const records = await nudgeRecords();
    const first = records.find((r) => r.id === 'nudge-7')!;
    const second = records.find((r) => r.id !== 'nudge-7')!;
    expect([first.actId, first.outcome]).toEqual([offered.id, 'another']);
    await waitFor(async () => expect((await nudgeRecords()).find((r) => r.id === second.id)?.outcome).toBe('not-now'));
    expect(second.actId).not.toBe(offered.id);
    expect(await readActiveNudge()).toBeNull();
  });

  it('starts a plain suggestion on its own when no nudge opened the popup', async () => {
    renderWithI18n(<Popup popup={loadPopup()} />);

    fireEvent.click(await button('Do it'));

    await waitFor(async () => expect(await readPendingAct(Date.now())).not.toBeNull());
    expect((await readPendingAct(Date.now()))?.nudgeId).toBeNull();
    expect(await nudgeRecords()).toEqual([]);
  });
});

describe('the popup while the worker sleeps', () => {
  it('shows the act on offer from storage without waiting for the worker', async () => {
    await writeOfferedAct(offered);
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => undefined));

    renderWithI18n(<Popup popup={loadPopup()} />);

    expect(await screen.findByText(offered.title)).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the popup and the watched sites', () => {
  const notWatching = /Not watching any site yet/;

  it('says when Outward is watching no site yet and links to choosing sites', async () => {
    renderWithI18n(<Popup popup={loadPopup()} />);

    expect((await screen.findByText(notWatching)).querySelector('a')?.textContent).toBe('Choose sites');
  });

  it('says nothing about sites while the sampler is registered for one', async () => {
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([
      { id: 'outward-scroll', matches: ['https://www.reddit.com/*'], js: ['content-scripts/scroll.js'] },
    ]);

    renderWithI18n(<Popup popup={loadPopup()} />);

    await button('Do it');
    expect(screen.queryByText(notWatching)).toBeNull();
  });
});
