import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeViolations, launchFirefox, until, type FirefoxSession } from '@/tests/e2e/harness/firefox';

const PAGES = ['popup', 'options', 'journal', 'welcome'] as const;
/** Something each page shows only once it has loaded its data. */
const READY = { popup: '.act-panel button', options: 'input', journal: 'h1', welcome: 'h1' } as const;

/**
 * One browser for the whole file: each test opens its own pages, and the install test runs first.
 * Launched by the first test that asks, so a browser that cannot start fails every test, not a hook.
 */
let launching: Promise<FirefoxSession> | undefined;
let session: FirefoxSession;
beforeEach(async () => {
  session = await (launching ??= launchFirefox());
});
afterAll(async () => {
  await (await launching?.catch(() => undefined))?.close();
});

async function loaded(page: Page, name: (typeof PAGES)[number]): Promise<Page> {
  await until(`${name} to render`, async () => (await page.$(READY[name])) !== null);
  if (name === 'popup') await page.setViewport({ width: 380, height: 720 }); // popup.html opens as a tab
  return page;
}

const heading = (page: Page) => page.evaluate(() => document.querySelector('h1')?.textContent ?? null);

describe('extension pages in Firefox', () => {
  it('opens the welcome page once, on install', async () => {
    const welcomeUrl = `${session.baseUrl}welcome.html`;
    // Extension tabs send no BiDi navigation events: ask each tab where it is.
    const welcomeTabs = async () => {
      const urls = await Promise.all(
        (await session.browser.pages()).map((page) => page.evaluate(() => location.href).catch(() => '')),
      );
      return urls.filter((url) => url === welcomeUrl).length;
    };

    await until('the welcome tab', async () => (await welcomeTabs()) === 1);
    const pages = await session.browser.pages();
    const hrefs = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => '')));
    const welcome = pages[hrefs.indexOf(welcomeUrl)]!;
    await until('the welcome heading', async () => (await heading(welcome)) === 'Welcome to Outward');
    expect(await welcomeTabs()).toBe(1);
  });

  it.each(['light', 'dark'] as const)('has no axe-core violations on any page (%s scheme)', async (scheme) => {
    const results: Record<string, string[]> = {};
    for (const name of PAGES) {
      const page = await loaded(await session.openExtensionPage(name, scheme), name);
      // The scheme must really be the one asked for, or the dark run would check light twice.
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
      results[name] = await axeViolations(page);
      await page.close();
    }

    expect(results).toEqual({ popup: [], options: [], journal: [], welcome: [] });
  });

  it('keeps a setting changed on the options page after a reload', async () => {
    const page = await loaded(await session.openExtensionPage('options'), 'options');
    const field = (await page.$('#minutes-before-nudge'))!;
    expect(
      await page.evaluate(() => document.querySelector('label[for="minutes-before-nudge"]')?.textContent?.trim()),
    ).toBe('Minutes of fast scrolling before a nudge');

    await field.click({ count: 3 });
    await page.keyboard.type('7');
    await page.keyboard.press('Tab');
    await until('Saved', async () =>
      page.evaluate(() => document.querySelector('#minutes-before-nudge-status')?.textContent === 'Saved'),
    );
    await page.evaluate(() => {
      (window as unknown as { beforeReload?: boolean }).beforeReload = true;
      setTimeout(() => location.reload());
    });
    await until('the reloaded options page', () =>
      page.evaluate(
        () =>
          !(window as unknown as { beforeReload?: boolean }).beforeReload &&
          document.readyState === 'complete' &&
          document.querySelector('#minutes-before-nudge') !== null,
      ),
    );

    await until('the kept value', () =>
      page.evaluate(() => document.querySelector<HTMLInputElement>('#minutes-before-nudge')?.value === '7'),
    );
    expect(await page.$eval('#minutes-before-nudge', (input) => (input as HTMLInputElement).value)).toBe('7');
  });

  it('sends no request anywhere but 127.0.0.1, and logs no error', async () => {
    for (const name of PAGES) await (await loaded(await session.openExtensionPage(name), name)).close();
    await session.openPage(session.server.url('/'));

    const requests = await session.requests();
    expect(requests).toContain(session.server.url('/'));
    expect(requests.filter((url) => !url.startsWith(`${session.server.origin}/`))).toEqual([]);
    expect(await session.errors()).toEqual([]);
  });
});
