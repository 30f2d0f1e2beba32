import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { reportPastScrolling } from './harness/content-world';
import { launchWithExtension, type Session } from './harness/extension';
import { captureSummaries, readStore, scrollFor, watchLocalSite } from './harness/watch';

/**
 * A watched page whose own script (`site/spy.js`, in the page's main world) attacks Outward: it
 * reads what it can of the card, presses it with synthetic clicks and keys, forges the start-up
 * event WXT's content scripts stop on, and forges scroll and key events. Run against the build as
 * shipped (closed card root). Every attack must fail, while the person can still use the card.
 */

interface Spy {
  seen: { messages: string[]; hostsAdded: number; rootsAttached: number };
}
interface NudgeRow {
  outcome: string;
}

/** Words that are on every card: if the page could read the card, it would read these. */
const CARD_WORDS = ['Not now', 'I’m here on purpose', 'Another idea', 'Do it'];

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Where a card button is on screen, found through the DevTools protocol (which sees closed roots). */
async function cardButtonCentre(page: Page, label: string): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  interface DomNode {
    nodeId: number;
    nodeName: string;
    nodeValue?: string;
    children?: DomNode[];
    shadowRoots?: DomNode[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const text = (node: DomNode): string =>
    (node.nodeValue ?? '') + [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(text).join('');
  const find = (node: DomNode): DomNode | null => {
    if (node.nodeName === 'BUTTON' && text(node).trim() === label) return node;
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  const button = find(root);
  if (!button) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await cdp.detach();
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Wheel-scrolls until the card's button can be found on screen, for at most `ms`. */
async function scrollUntilCard(page: Page, ms: number): Promise<{ x: number; y: number } | null> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await scrollFor(page, 1_500);
    const centre = await cardButtonCentre(page, 'Not now');
    if (centre) return centre;
  }
  return null;
}

const spy = <T>(page: Page, call: string, arg?: unknown) =>
  page.evaluate(
    ([name, value]) => (window as unknown as Record<string, Record<string, (v: unknown) => T>>).spy![name]!(value),
    [call, arg] as const,
  );

describe('a hostile watched page', () => {
  it('cannot read the card, find its root or press it, while the person can', async () => {
    session = await launchWithExtension();
    const extensionPage = await watchLocalSite(session, { minutesBeforeNudge: 1 });
    const page = await session.context.newPage();
    await page.goto(session.server.url('/spy.html'));
    await reportPastScrolling(page, session.extensionId, 50_000);

    const notNow = await scrollUntilCard(page, 60_000);
    expect(notNow).not.toBeNull();
    const read = await spy<{ tags: string[]; openRoots: number; text: string }>(page, 'read');
    await spy(page, 'press');
    await page.waitForTimeout(1_000);
    const afterPress = await readStore<NudgeRow>(extensionPage, 'nudges');
    const stillThere = await cardButtonCentre(page, 'Not now');
    await page.mouse.click(notNow!.x, notNow!.y);

    // The page sees an element appear, but no root and not one word of the card.
    expect(read.tags).toContain('outward-nudge');
    expect(read.openRoots).toBe(0);
    for (const words of CARD_WORDS) expect(read.text).not.toContain(words);
    expect(afterPress.map((n) => n.outcome)).toEqual(['shown']);
    expect(stillThere).not.toBeNull();
    // The person's own click (trusted input) is answered.
    await expect
      .poll(async () => (await readStore<NudgeRow>(extensionPage, 'nudges')).map((n) => n.outcome))
      .toEqual(['not-now']);
  }, 120_000);

  it('hears no start-up signal, and a forged one does not stop the summaries', async () => {
    session = await launchWithExtension();
    await watchLocalSite(session);
    const summaries = await captureSummaries(session);
    const page = await session.context.newPage();
    await page.goto(session.server.url('/spy.html'));
    await page.waitForTimeout(1_000);

    await spy(page, 'forgeStartUp', session.extensionId);
    await scrollFor(page, 17_000);

    await expect.poll(async () => (await summaries()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const { seen } = await page.evaluate(() => (window as unknown as { spy: Spy }).spy);
    // The only message the page heard is the one it forged itself.
    expect(seen.messages.filter((m) => !m.includes('forged'))).toEqual([]);
  }, 90_000);

  it('cannot make activity out of forged events, nor turn real scrolling into typing or a hidden page', async () => {
    session = await launchWithExtension();
    await watchLocalSite(session);
    const summaries = await captureSummaries(session);
    const page = await session.context.newPage();
    await page.goto(session.server.url('/spy.html'));
    await page.waitForTimeout(1_000);

    for (let i = 0; i < 34; i += 1) {
      await spy(page, 'forgeInput');
      await page.waitForTimeout(500);
    }
    const fromForgeries = await summaries();
    const forging = setInterval(() => void spy(page, 'forgeInput').catch(() => undefined), 250);
    await scrollFor(page, 17_000).finally(() => clearInterval(forging));

    expect(fromForgeries).toEqual([]);
    await expect.poll(async () => (await summaries()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    const real = await summaries();
    expect(real.every((summary) => summary.purposeful === 0 && summary.visible)).toBe(true);
    expect(real[0]!.screens).toBeGreaterThan(3);
  }, 90_000);
});
