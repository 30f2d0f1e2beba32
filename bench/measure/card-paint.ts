import type { StaticServer } from '@/tests/e2e/harness/server';
import { isWorker, launchBrowser, watchLocalSite, type ExtensionGlobal } from '../lib/browser';
import type { Metric } from '../lib/report';
import { sleep } from '../lib/stats';
import { SAMPLE_ACT as ACT } from '@/tests/e2e/harness/sample-act';

export interface CardPaintOptions {
  server: StaticServer;
  extensionDir: string;
  runs: number;
  log: (line: string) => void;
}

/**
 * Injected into the feed's main world before its own scripts: when the card's host element comes
 * into the page, waits two animation frames (the second starts after the frame that drew the card
 * was painted) and notes that wall-clock time. An upper bound of the first paint by up to a frame.
 */
export const CARD_PAINT_PROBE = `(() => {
  const record = { paintedAt: null };
  globalThis.__outwardCardPaint = record;
  new MutationObserver((changes, observer) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node.nodeName === 'OUTWARD-NUDGE') {
          observer.disconnect();
          requestAnimationFrame(() => requestAnimationFrame(() => {
            record.paintedAt = performance.timeOrigin + performance.now();
          }));
        }
  }).observe(document, { childList: true, subtree: true });
})()`;

/**
 * The card's first paint after the background decides to show it (DESIGN.md §8: the card's code
 * comes into the tab only then, so this is what loading it on demand costs). In one browser with
 * Outward watching the feed, each run opens a fresh feed tab and has the worker do what its
 * delivery effect does (`scripting.executeScript` of the card's script, then `nudge/show` to the
 * tab's top frame); the figure runs from the worker's clock just before that to the paint.
 */
export async function measureCardPaint(options: CardPaintOptions): Promise<Metric[]> {
  const browser = await launchBrowser({ extensionDir: options.extensionDir });
  const values: number[] = [];
  try {
    await watchLocalSite(browser);
    const worker = await browser.pipe.attach((await browser.pipe.waitForTarget(isWorker)).targetId);
    for (let run = 0; run < options.runs; run += 1) {
      const url = options.server.url(`/feed.html?paint=${run}`);
      const tab = await browser.pipe.openTab(url, { initScript: CARD_PAINT_PROBE });
      await sleep(1000); // the sampler starts at document_idle; let the page settle as a person's would
      const decidedAt = await worker.evaluate(
        async ({ url: feedUrl, act }) => {
          const { chrome: ext } = globalThis as unknown as ExtensionGlobal;
          const [feed] = await ext.tabs.query({ url: feedUrl });
          const start = Date.now();
          await ext.scripting.executeScript({ target: { tabId: feed!.id!, frameIds: [0] }, files: ['/nudge-card.js'] });
          await ext.tabs.sendMessage(
            feed!.id!,
            { type: 'nudge/show', data: { nudgeId: 'bench-paint', level: 1, act } },
            { frameId: 0 },
          );
          return start;
        },
        { url, act: ACT },
      );
      let paintedAt: number | null = null;
      for (const deadline = Date.now() + 5000; paintedAt === null && Date.now() < deadline; await sleep(20))
        paintedAt = await tab.evaluate(
          () =>
            (globalThis as unknown as { __outwardCardPaint: { paintedAt: number | null } }).__outwardCardPaint
              .paintedAt,
        );
      if (paintedAt === null) throw new Error('the card never painted');
      values.push(paintedAt - decidedAt);
      options.log(`card painted ${(paintedAt - decidedAt).toFixed(1)} ms after delivery began`);
      await browser.pipe.send('Target.closeTarget', { targetId: tab.targetId });
    }
  } finally {
    await browser.close();
  }
  return [
    {
      key: 'card.paintMs',
      label: 'Card painted after the nudge decision',
      unit: 'ms',
      values,
      budget: { op: '<=', value: 150 },
      note: 'from the worker starting delivery (card script run in the tab, then nudge/show) to two animation frames after the card entered the page',
    },
  ];
}
