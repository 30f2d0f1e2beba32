import type { Page, Worker } from 'playwright-core';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import type { Session } from './extension';

/** The service worker now running (a stopped one is replaced when the next event wakes it). */
export async function currentWorker(session: Session): Promise<Worker> {
  const workers = session.context.serviceWorkers();
  return workers[workers.length - 1] ?? (await session.context.waitForEvent('serviceworker'));
}

/**
 * Keeps every `scroll/summary` the worker receives from now on (until the worker stops); read them
 * with the function returned.
 */
export async function captureSummaries(session: Session): Promise<() => Promise<ScrollSummary[]>> {
  const worker = await currentWorker(session);
  await worker.evaluate(() => {
    const scope = globalThis as unknown as { captured?: unknown[] };
    scope.captured = [];
    chrome.runtime.onMessage.addListener((message: { type?: string; data?: unknown }) => {
      if (message?.type === 'scroll/summary') scope.captured!.push(message.data);
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { captured: ScrollSummary[] }).captured);
}

/** Sends one typed request to the background from an extension page, as the pages do. */
export function sendFromPage<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  return page.evaluate(
    async ([messageType, payload]) => {
      const reply = await chrome.runtime.sendMessage({ type: messageType, data: payload });
      if (!reply?.ok) throw new Error(`${messageType} refused: ${JSON.stringify(reply?.error)}`);
      return reply.data;
    },
    [type, data] as const,
  ) as Promise<T>;
}

/**
 * Makes Outward watch the local test server (127.0.0.1, whose permission the test build holds)
 * and waits until the content script is registered for it. Returns the extension page it used.
 */
export async function watchLocalSite(session: Session, settings: { minutesBeforeNudge?: number } = {}): Promise<Page> {
  const page = await session.openExtensionPage('options');
  await sendFromPage(page, 'settings/update', {
    patch: {
      watchedSites: [{ host: '127.0.0.1', enabled: true, minutesBeforeNudge: null }],
      detection: { minutesBeforeNudge: settings.minutesBeforeNudge ?? 15 },
    },
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const worker = await currentWorker(session);
    const ids = await worker.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
    );
    if (ids.includes('outward-scroll')) return page;
    if (Date.now() > deadline) throw new Error(`content script not registered (have ${ids.join(', ') || 'none'})`);
    await page.waitForTimeout(200);
  }
}

/** Wheel-scrolls the page down for `ms` of wall time, one notch per ~80 ms, as a person flicking a feed. */
export async function scrollFor(page: Page, ms: number, deltaY = 350): Promise<void> {
  await page.mouse.move(400, 300);
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(80);
  }
}

/** Reads every record of one history store through an extension page's IndexedDB. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('outward-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            resolve(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}
