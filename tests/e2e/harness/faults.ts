import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { createSeededRandom } from '@/utils/domain/random';
import type { Session } from './extension';

/**
 * `count` moments in the first `withinMs` of a session (ms from its start), drawn from `seed`:
 * one in each equal slot, at least `spacingMs` apart, so the worker has woken again before the next stop.
 */
export function randomStopTimes(seed: number, count: number, withinMs: number, spacingMs: number): number[] {
  const random = createSeededRandom(seed);
  const slot = withinMs / count;
  return Array.from({ length: count }, (_, i) => Math.round(i * slot + random() * Math.max(0, slot - spacingMs)));
}

/**
 * A fresh profile folder with developer mode on. Without it Chromium (137+) disables an unpacked
 * extension that reloads itself (`chrome.runtime.reload()`) instead of loading it again.
 */
export async function developerProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'outward-profile-'));
  await mkdir(join(dir, 'Default'));
  await writeFile(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  return dir;
}

/**
 * Watches the extension's service worker through the DevTools protocol and stops it on demand, as
 * Chromium does to an idle worker. `restarts` counts how often a stopped worker ran again.
 */
export async function controlWorker(session: Session, page: Page) {
  const cdp = await session.context.newCDPSession(page);
  let stopped = false;
  let restarts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { runningStatus } of versions) {
      if (runningStatus === 'stopped') stopped = true;
      if (runningStatus === 'running' && stopped) {
        stopped = false;
        restarts += 1;
      }
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    stop: () => cdp.send('ServiceWorker.stopAllWorkers'),
    restarts: () => restarts,
  };
}

/** Stops the worker at each of `times` (ms after `start`), while the session goes on. */
export async function stopWorkerAt(worker: { stop(): Promise<unknown> }, times: number[], start: number, page: Page) {
  for (const at of times) {
    await page.waitForTimeout(Math.max(0, start + at - Date.now()));
    await worker.stop();
  }
}

/**
 * Counts nudge cards put on any page of the context from now on: every `outward-nudge` element
 * added to a document. Read the count with `cardsShown`.
 */
export async function countCards(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const scope = window as unknown as { outwardCards: number };
    scope.outwardCards = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeName === 'OUTWARD-NUDGE') scope.outwardCards += 1;
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** How many cards `countCards` saw on these pages, together. */
export async function cardsShown(pages: Page[]): Promise<number> {
  const counts = await Promise.all(
    pages.map((page) => page.evaluate(() => (window as unknown as { outwardCards?: number }).outwardCards ?? 0)),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Collects every uncaught exception, console error or warning and browser log entry of a page, in
 * every world (the page's and the extension's content scripts), through the DevTools protocol.
 */
export async function collectPageProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    problems.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`),
  );
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'warning' || type === 'assert') {
      problems.push(`console.${type}: ${args.map((arg) => arg.value ?? arg.description ?? '').join(' ')}`);
    }
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    // The test server has no favicon, and the browser asks for one.
    if (entry.source === 'network' && entry.url?.endsWith('/favicon.ico')) return;
    if (entry.level === 'error' || entry.level === 'warning') problems.push(`log.${entry.level}: ${entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return problems;
}

/** The part of the detector's state these tests read. */
export interface DetectorView {
  coveredUntil: number;
  episode: { id: string; doomMs: number; sites: string[] } | null;
}

/** The detector's state as the background keeps it in `storage.session`, read from an extension page. */
export function readDetector(page: Page): Promise<DetectorView | null> {
  return page.evaluate(
    async () => ((await chrome.storage.session.get('detector')).detector ?? null) as DetectorView | null,
  );
}

/** One item of `storage.local`, read from an extension page. */
export function readLocal<T = unknown>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(async (k) => (await chrome.storage.local.get(k))[k] as T | undefined, key);
}
