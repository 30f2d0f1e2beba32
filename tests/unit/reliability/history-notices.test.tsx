import { screen, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { App as Journal } from '@/entrypoints/journal/App';
import { loadJournal } from '@/entrypoints/journal/load-journal';
import { App as Popup } from '@/entrypoints/popup/App';
import { loadPopup } from '@/entrypoints/popup/data';
import { aNudge } from '../helpers/history-records';
import { closeHistoryDb } from '@/utils/platform/history-status';
import { createRouter } from '@/utils/platform/messaging/router';
import { OUTBOX_KEY } from '@/utils/platform/storage/outbox-store';
import { renderWithI18n } from '../helpers/render';
import { translate } from '../helpers/translate';

/* What the popup and the journal say when history cannot be opened, or when writes wait in the outbox. */

const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };
let factory: IDBFactory;

/** History cannot be opened at all, as in some private modes. */
function failOpen() {
  vi.spyOn(factory, 'open').mockImplementation(() => {
    throw new DOMException('The user denied permission to access the database.', 'UnknownError');
  });
}

/** A nudge record waits in `local:pendingWrites`, as after a write refused for lack of space. */
function waitingWrites(dropped = 0) {
  const record = aNudge('n1', Date.UTC(2025, 5, 10, 9));
  return fakeBrowser.storage.local.set({ [OUTBOX_KEY]: { writes: [{ store: 'nudges', record }], dropped } });
}

const alerts = () => screen.queryAllByRole('alert').map((alert) => alert.textContent);

beforeEach(() => {
  factory = new IDBFactory();
  vi.stubGlobal('indexedDB', factory);
  // The popup's messages go through the background's real handlers, as in the browser.
  const route = createRouter(createHandlers(), own);
  const sender = { id: own.id, url: `${own.baseUrl}popup.html` };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
    route(message, sender)) as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['*://*.reddit.com/*'], permissions: [] });
});
afterEach(async () => {
  await closeHistoryDb();
  vi.unstubAllGlobals();
});

describe('the popup', () => {
  it('says plainly that history cannot be kept, and still offers a kind act', async () => {
    failOpen();

    renderWithI18n(<Popup popup={loadPopup()} />);

    await waitFor(() => expect(alerts()).toEqual([translate('historyUnavailable')]));
    expect(screen.getByRole('button', { name: 'Do it' })).toBeTruthy();
  });

  it('says that recent history waits to be saved', async () => {
    await waitingWrites();

    renderWithI18n(<Popup popup={loadPopup()} />);

    await waitFor(() => expect(alerts()).toEqual([translate('historyWritesWaiting')]));
  });

  it('says nothing about history when all is well', async () => {
    renderWithI18n(<Popup popup={loadPopup()} />);

    await screen.findByRole('button', { name: 'Do it' });
    expect(alerts()).toEqual([]);
  });
});

describe('the journal', () => {
  it('says plainly that history cannot be kept', async () => {
    failOpen();

    renderWithI18n(<Journal journal={loadJournal()} />);

    await waitFor(() => expect(alerts()).toEqual([translate('historyUnavailable')]));
  });

  it('says that recent history waits to be saved, and that some had to be let go', async () => {
    await waitingWrites(3);

    renderWithI18n(<Journal journal={loadJournal()} />);

    await waitFor(() =>
      expect(alerts()).toEqual([`${translate('historyWritesWaiting')} ${translate('historyWritesDropped')}`]),
    );
    // The journal itself has loaded too (empty here), so nothing is still reading when the test ends.
    await screen.findByRole('heading', { level: 2 });
  });
});
