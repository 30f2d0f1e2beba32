import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type Axe from 'axe-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { reopenCardRoot } from './extension';
import { startStaticServer, type StaticServer } from './server';

/**
 * The Firefox side of the end-to-end suite: Debian's Firefox ESR driven headless by puppeteer-core
 * over WebDriver BiDi (no geckodriver exists here; Playwright cannot drive a stock Firefox). The
 * recipe and the pitfalls behind every choice below are in `../shared/FIREFOX.md`.
 *
 * How Firefox differs from Chromium, and what the harness does about it:
 * - The background is an event page (`background.scripts`), not a service worker. Firefox suspends
 *   it after 30 s without events and wakes it for the next message or alarm, so a one-minute
 *   episode runs across suspensions, as it does for a real person; the harness never keeps it alive.
 *   Code run "in the worker" runs in an extension page instead (same storage, same APIs).
 * - Extension pages send no BiDi events: no load event (pages are opened with `waitUntil: 'none'`
 *   and polled until loaded) and no console or page-error events. Errors are read from the browser
 *   console in the chrome scope: every uncaught error and unhandled rejection whose source is the
 *   extension (pages, event page, content script). Calls to `console.error` stay in the extension's
 *   own process and are not forwarded to the parent's console, so unlike the Chromium harness this
 *   one does not see them.
 * - Synthetic (BiDi) input never reaches the idle service of a headless Firefox, so after about
 *   60 s of scrolling `browser.idle` reports `idle` and the episode ends (without the reset the
 *   card came at about 116 s instead of 66 s). A real person's input does reset it, so the product needs no change:
 *   `resetIdle` resets the idle service from the chrome scope while a test scrolls.
 * - Headless BiDi wheel input fires `scroll` but no `scrollend` unless wheel events go through the
 *   asynchronous (APZ) path a real wheel takes: pref `remote.events.async.wheel.enabled`. A real
 *   wheel or touchpad fires `scrollend` in Firefox, so the sampler needs no change.
 * - Firefox MV3 host permissions are optional and ungranted at install; the test copy's required
 *   `http://127.0.0.1/*` is granted at install (`extensions.originControls.grantByDefault`).
 * - There is no request interception for extension contexts: requests are observed in the chrome
 *   scope (`http-on-modify-request`), and a dead proxy for everything but localhost makes sure a
 *   stray request cannot leave the machine even if a test misses it.
 */

/** Debian's real Firefox ESR binary (`/usr/bin/firefox-esr` is a wrapper script). */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
const BUILD_DIR = resolve('.output/firefox-mv3');
const SITE_DIR = resolve('tests/e2e/site');
/** Fixed, so every run has the same `moz-extension://` base URL (pref `extensions.webextensions.uuids`). */
const EXTENSION_UUID = '0d7a3c6e-5b1f-4e2a-9c8d-4f6e2a1b3c5d';

export type ExtensionPageName = 'popup' | 'options' | 'journal' | 'welcome';

/**
 * Copies the Firefox build and adds what the Chromium harness adds: a required host permission for
 * 127.0.0.1. Returns the copy and the add-on id, which the build must declare (a temporary add-on
 * without one gets a random id, and with it another base URL and a profile it cannot keep).
 */
export async function prepareFirefoxExtension(): Promise<{ dir: string; id: string }> {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) throw new Error('no build: run `npm run build:firefox` first');
  const dir = await mkdtemp(join(tmpdir(), 'outward-ff-ext-'));
  await cp(BUILD_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    host_permissions?: string[];
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build declares no add-on id (browser_specific_settings.gecko.id)');
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify(manifest));
  // Puppeteer's selectors and axe cannot enter a closed shadow root: the copy's card root is open
  // (as the Chromium suite's `openCardRoot`); the Chromium hostile-page suite checks the shipped one.
  await reopenCardRoot(dir);
  return { dir, id };
}

/** Everything one Firefox test needs, shaped like the Chromium harness's `Session`. */
export interface FirefoxSession {
  browser: Browser;
  /** `moz-extension://<uuid>/`, fixed for every run. */
  baseUrl: string;
  server: StaticServer;
  /** Opens one of the extension's pages in a normal tab, in the given colour scheme, loaded. */
  openExtensionPage(name: ExtensionPageName, colorScheme?: 'light' | 'dark'): Promise<Page>;
  /** Opens a web page in a new tab and waits for its load. */
  openPage(url: string): Promise<Page>;
  /** Every HTTP(S) request a page, extension page, event page or content script made, as URLs. */
  requests(): Promise<string[]>;
  /** Uncaught errors and unhandled rejections from the extension's pages, event page and content scripts. */
  errors(): Promise<string[]>;
  /** Tells Firefox's idle service the person is active (synthetic input does not; see above). */
  resetIdle(): Promise<void>;
  /** Closes the browser, the server and temp folders; kills the browser if it does not close. */
  close(): Promise<void>;
}

/** Wraps puppeteer's BiDi connection, which its types do not expose, for chrome-scope evaluation. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Launches headless Firefox ESR in a fresh profile with the built extension installed as a temporary add-on. */
export async function launchFirefox(): Promise<FirefoxSession> {
  const extension = await prepareFirefoxExtension();
  const profileDir = await mkdtemp(join(tmpdir(), 'outward-ff-profile-'));
  const server = await startStaticServer(SITE_DIR);
  const baseUrl = `moz-extension://${EXTENSION_UUID}/`;
  let browser: Browser | undefined;
  const cleanUp = async () => {
    await shutDown(browser);
    await server.close();
    await rm(profileDir, { recursive: true, force: true });
    await rm(extension.dir, { recursive: true, force: true });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: profileDir,
      defaultViewport: { width: 1280, height: 720 },
      // moz-extension:// navigation and chrome-scope evaluation (errors, requests, idle) need it.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [extension.id]: EXTENSION_UUID }),
        'remote.events.async.wheel.enabled': true,
        'layout.css.prefers-color-scheme.content-override': 1,
        // Nothing but 127.0.0.1 and localhost (never proxied) can be reached: everything else goes
        // to a proxy on a closed port and fails at once.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': 9,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': 9,
        'network.proxy.share_proxy_settings': true,
        'network.proxy.no_proxies_on': '',
      },
    });
    const live = browser;
    const connection = (live as unknown as { connection: BidiConnection }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chromeContext = (tree.result.contexts as Array<{ context: string }>)[0]!.context;
    /** Evaluates in the browser's own (chrome) scope; the result comes back through JSON. */
    const chromeEval = async <T>(expression: string): Promise<T> => {
      const { result } = await connection.send('script.evaluate', {
        expression: `(async () => JSON.stringify((await (${expression})) ?? null))()`,
        awaitPromise: true,
        target: { context: chromeContext },
      });
      if (result.type === 'exception') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
      return JSON.parse((result.result as { value: string }).value) as T;
    };
    // Listeners first, so nothing from the install on is missed.
    await chromeEval(`(() => {
      const seen = (globalThis.outwardTest = { requests: [], errors: [] });
      Services.obs.addObserver({ observe(subject) {
        const channel = subject.QueryInterface(Ci.nsIHttpChannel);
        // Firefox's own traffic (updates, remote settings) is the system's; everything a page,
        // the extension or its content script asks for carries their principal.
        const { loadInfo } = channel;
        const navigation = loadInfo.externalContentPolicyType === Ci.nsIContentPolicy.TYPE_DOCUMENT;
        if (!loadInfo.triggeringPrincipal.isSystemPrincipal || navigation) seen.requests.push(channel.URI.spec);
      } }, 'http-on-modify-request');
      const quiet = Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag;
      Services.console.registerListener({ observe(message) {
        if (message instanceof Ci.nsIScriptError && !(message.flags & quiet) && (message.sourceName || '').startsWith(${JSON.stringify(baseUrl)}))
          seen.errors.push(message.sourceName.slice(${baseUrl.length}) + ': ' + message.errorMessage);
      } });
      return true;
    })()`);
    await live.installExtension(extension.dir);

    const openExtensionPage = async (name: ExtensionPageName, colorScheme: 'light' | 'dark' = 'light') => {
      // One pref for the whole browser (BiDi has no per-page media emulation in Firefox 153).
      await chromeEval(
        `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${colorScheme === 'dark' ? 0 : 1}), true`,
      );
      const page = await live.newPage();
      await page.goto(`${baseUrl}${name}.html`, { waitUntil: 'none' as unknown as 'load' });
      await page.waitForFunction(() => document.readyState === 'complete');
      return page;
    };
    return {
      browser: live,
      baseUrl,
      server,
      openExtensionPage,
      async openPage(url) {
        const page = await live.newPage();
        await page.goto(url);
        return page;
      },
      requests: () => chromeEval<string[]>('globalThis.outwardTest.requests'),
      errors: () => chromeEval<string[]>('globalThis.outwardTest.errors'),
      async resetIdle() {
        await chromeEval(
          'Cc["@mozilla.org/widget/useridleservice;1"].getService(Ci.nsIUserIdleServiceInternal).resetIdleTimeOut(0), true',
        );
      },
      close: cleanUp,
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Closes Firefox; if it has not exited 10 s later, kills it, so no test leaves a browser behind. */
async function shutDown(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  const child = browser.process();
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  const inTime = await Promise.race([closed, new Promise<false>((done) => setTimeout(() => done(false), 10_000))]);
  if (!inTime && child && child.exitCode === null) child.kill('SIGKILL');
}

/** Polls `check` until it holds (errors while a page reloads count as "not yet"); throws after `ms`. */
export async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Sends one typed request to the background from an extension page, as the pages do. */
export function sendFromPage<T = unknown>(page: Page, type: string, data: unknown): Promise<T> {
  return page.evaluate(
    async (messageType, payload) => {
      const reply = await chrome.runtime.sendMessage({ type: messageType, data: payload });
      if (!reply?.ok) throw new Error(`${messageType} refused: ${JSON.stringify(reply?.error)}`);
      return reply.data;
    },
    type,
    data,
  ) as Promise<T>;
}

/** Reads every record of one history store through an extension page's IndexedDB. */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('outward-history');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            done(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

/**
 * Makes Outward watch 127.0.0.1 (whose permission the test copy holds) and waits until the content
 * script is registered for it. Returns the extension page it used.
 */
export async function watchLocalSite(
  session: FirefoxSession,
  settings: { minutesBeforeNudge?: number } = {},
): Promise<Page> {
  const page = await session.openExtensionPage('options');
  await sendFromPage(page, 'settings/update', {
    patch: {
      watchedSites: [{ host: '127.0.0.1', enabled: true, minutesBeforeNudge: null }],
      detection: { minutesBeforeNudge: settings.minutesBeforeNudge ?? 15 },
    },
  });
  await until('the content script to be registered for 127.0.0.1', async () => {
    const scripts = await page.evaluate(async () =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s) => [s.id, s.matches ?? []] as const),
    );
    return scripts.some(([id, matches]) => id === 'outward-scroll' && matches.includes('http://127.0.0.1/*'));
  });
  return page;
}

/**
 * Wheel-scrolls a page like a person flicking through a feed, one notch per ~80 ms, until `done`
 * holds (checked every ~500 ms) or `ms` of wall time pass. Keeps the idle service awake meanwhile.
 * Returns the ms it took, or null.
 */
export async function scrollUntil(
  session: FirefoxSession,
  page: Page,
  done: () => Promise<boolean>,
  ms: number,
): Promise<number | null> {
  await page.bringToFront();
  await page.mouse.move(400, 300);
  const start = Date.now();
  let nextCheck = 0;
  let nextIdleReset = 0;
  while (Date.now() - start < ms) {
    await page.mouse.wheel({ deltaY: 350 });
    await new Promise((wait) => setTimeout(wait, 80));
    if (Date.now() >= nextIdleReset) {
      await session.resetIdle();
      nextIdleReset = Date.now() + 5_000;
    }
    if (Date.now() < nextCheck) continue;
    if (await done()) return Date.now() - start;
    nextCheck = Date.now() + 500;
  }
  return null;
}

/** The axe-core rules the Chromium suite runs: WCAG 2.1 A/AA and best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
let axeSource: string | undefined;

/**
 * Runs axe-core in the page (its source injected by evaluation; `@axe-core/playwright` needs
 * Playwright) and returns readable violations; [] is a pass. `include` limits it to one element,
 * shadow root included.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(
    async (tags, selector) => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const { violations } = await axe.run(selector ? { include: [selector] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    },
    AXE_TAGS,
    include ?? null,
  );
}
