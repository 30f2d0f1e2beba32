import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { launchWithExtension, type Session } from './harness/extension';

/** Something each page shows only once it has loaded its data. */
const READY = { popup: 'h1', options: 'input', journal: 'h1', welcome: 'h1' } as const;

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('extension pages in Chromium', () => {
  it('opens the welcome page once, on install', async () => {
    session = await launchWithExtension();
    const welcomeUrl = `chrome-extension://${session.extensionId}/welcome.html`;

    const welcome =
      session.context.pages().find((page) => page.url() === welcomeUrl) ??
      (await session.context.waitForEvent('page', { predicate: (page) => page.url() === welcomeUrl }));

    await expect.poll(() => welcome.locator('h1').textContent()).toBe('Welcome to Outward');
  });

  it.each([
    ['popup', 'How are you feeling?'],
    ['options', 'Outward settings'],
    ['journal', 'Your journal'],
    ['welcome', 'Welcome to Outward'],
  ] as const)('renders the %s page with its translated heading', async (name, heading) => {
    session = await launchWithExtension();

    const page = await session.openExtensionPage(name);

    await expect.poll(() => page.locator('h1').textContent()).toBe(heading);
    expect(await page.title()).not.toBe('');
  });

  it('loads with no errors in the worker or any page', async () => {
    session = await launchWithExtension();

    for (const name of ['popup', 'options', 'journal', 'welcome'] as const) {
      const page = await session.openExtensionPage(name);
      await page.locator('h1').waitFor();
    }
    const options = await session.openExtensionPage('options');
    await options.getByLabel('Minutes of fast scrolling before a nudge').waitFor();

    expect(session.errors).toEqual([]);
  });

  it('keeps a setting changed on the options page after a reload', async () => {
    session = await launchWithExtension();
    const page = await session.openExtensionPage('options');
    const field = page.getByLabel('Minutes of fast scrolling before a nudge');

    await field.fill('7');
    await field.press('Tab');
    await expect.poll(() => page.locator('#minutes-before-nudge-status').textContent()).toBe('Saved');
    await page.reload();

    await expect.poll(() => page.getByLabel('Minutes of fast scrolling before a nudge').inputValue()).toBe('7');
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations on any page (%s scheme)', async (scheme) => {
    session = await launchWithExtension();

    const results: Record<string, string[]> = {};
    for (const name of ['popup', 'options', 'journal', 'welcome'] as const) {
      const page = await session.openExtensionPage(name, scheme);
      await page.locator(READY[name]).first().waitFor();
      results[name] = await axeViolations(page);
      await page.close();
    }

    expect(results).toEqual({ popup: [], options: [], journal: [], welcome: [] });
  });

  it('sends no request anywhere but the extension itself and 127.0.0.1', async () => {
    session = await launchWithExtension();
    const allowed = [`chrome-extension://${session.extensionId}/`, `${session.server.origin}/`];

    for (const name of ['popup', 'options', 'journal', 'welcome'] as const) {
      const page = await session.openExtensionPage(name);
      await page.locator('h1').waitFor();
    }
    const site = await session.context.newPage();
    await site.goto(session.server.url('/'));

    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)))).toEqual([]);
  });
});
