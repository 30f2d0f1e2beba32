import type { Page } from 'playwright-core';
import type { ScrollSummary } from '@/utils/domain/detection/summary';

/**
 * Runs `expression` in Outward's content-script world of `page` (the isolated world its sampler
 * lives in), through the DevTools protocol, and returns its value. What it sends to the background
 * arrives from the tab exactly as the sampler's own messages do: same sender, same router checks.
 */
export async function evaluateInContentWorld<T>(page: Page, extensionId: string, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const origin = `chrome-extension://${extensionId}`;
    const contexts: { id: number; origin: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      contexts.push({ id: context.id, origin: context.origin, type: context.auxData?.type });
    });
    // Enabling the domain reports every context that already exists.
    await cdp.send('Runtime.enable');
    const deadline = Date.now() + 10_000;
    let world = contexts.find((context) => context.type === 'isolated' && context.origin === origin);
    while (!world) {
      if (Date.now() > deadline) throw new Error('no Outward content script in this page');
      await page.waitForTimeout(100);
      world = contexts.find((context) => context.type === 'isolated' && context.origin === origin);
    }
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`in the content world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/**
 * Tells the background that the person has just fast-scrolled `page` for `ms` (ending now), as the
 * sampler would have reported it: one summary per 15 s window, sent from the tab's content-script
 * world, validated by the router and folded by the real detector. Seed before any real scrolling
 * of the session (time already counted is not counted again). Resolves with the replies' data.
 */
export async function reportPastScrolling(page: Page, extensionId: string, ms: number): Promise<void> {
  const failures = await evaluateInContentWorld<string[]>(
    page,
    extensionId,
    `(async () => {
      const end = Date.now();
      const failures = [];
      for (let start = end - ${Math.round(ms)}; start < end; start += 15000) {
        const windowEnd = Math.min(start + 15000, end);
        const screens = ((windowEnd - start) / 60000) * 24;
        const reply = await chrome.runtime.sendMessage({
          type: 'scroll/summary',
          data: {
            windowStart: start,
            windowEnd,
            downPx: Math.round(screens * innerHeight),
            viewportPx: innerHeight,
            screens,
            itemChanges: 0,
            purposeful: 0,
            visible: true,
            host: location.hostname,
          },
        });
        if (!reply || !reply.ok) failures.push(JSON.stringify(reply && reply.error));
      }
      return failures;
    })()`,
  );
  if (failures.length > 0) throw new Error(`summaries refused: ${failures.join('; ')}`);
}

/**
 * Sends `summaries` to the background in order from the tab's content-script world, as the sampler
 * would have sent them (same sender, same router checks), to stand for what came before a test's
 * real input. Throws if any is refused.
 */
export async function reportSummaries(page: Page, extensionId: string, summaries: ScrollSummary[]): Promise<void> {
  const failures = await evaluateInContentWorld<string[]>(
    page,
    extensionId,
    `(async () => {
      const failures = [];
      for (const data of ${JSON.stringify(summaries)}) {
        const reply = await chrome.runtime.sendMessage({ type: 'scroll/summary', data });
        if (!reply || !reply.ok) failures.push(JSON.stringify(reply && reply.error));
      }
      return failures;
    })()`,
  );
  if (failures.length > 0) throw new Error(`summaries refused: ${failures.join('; ')}`);
}
