import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import { createRouter } from '@/utils/platform/messaging/router';

const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };

/**
 * The popup in a world of its own for each test: a fresh history database, the clock at a fixed
 * instant that ticks on, and every message answered by the background's real handlers, as in the browser.
 */
export function usePopupWorld(start = Date.UTC(2026, 5, 17, 9, 30)): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(start);
    vi.stubGlobal('indexedDB', new IDBFactory());
    const route = createRouter(createHandlers(), own);
    const sender = { id: own.id, url: `${own.baseUrl}popup.html` };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((message: unknown) =>
      route(message, sender)) as never);
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  });
  afterEach(async () => {
    await closeHistoryDb();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
}

/** Every record of one history store, as stored. */
export async function storedRecords<S extends 'acts' | 'checkins' | 'nudges'>(store: S) {
  const history = await getHistoryDb();
  if (!history.ok) throw new Error(history.message);
  return history.db.getAll(store);
}
