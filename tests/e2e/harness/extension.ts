import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { E2E_TIME_ZONE, fixPageClock } from './clock';
import { startStaticServer, type StaticServer } from './server';

/** Debian's real Chromium binary (the /usr/bin/chromium wrapper injects its own flags). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const BUILD_DIR = resolve('.output/chrome-mv3');

/**
 * Flags for headless Chromium on this machine (TOOLCHAIN.md): no sandbox as root, no GPU, and none of
 * the background connections a closed network would refuse.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;
const SITE_DIR = resolve('tests/e2e/site');

/** The card's closed shadow root as the minified build writes it. */
const CLOSED_CARD_ROOT = 'attachShadow({mode:"closed"})';

/**
 * Copies the production build and adds one thing: a required host permission for 127.0.0.1, so
 * the extension may watch the local test pages without a permission prompt no test can click.
 * With `openCardRoot`, the card's shadow root is made open in the copy, so Playwright's locators
 * (which never enter a closed root) can press the card's buttons and axe can check inside it; the
 * shipped card stays closed, and `hostile.e2e.ts` runs against the build as shipped.
 */
export async function prepareTestExtension({ openCardRoot = false } = {}): Promise<string> {
  if (!existsSync(join(BUILD_DIR, 'manifest.json'))) throw new Error('no build: run `npm run build` first');
  const dir = await mkdtemp(join(tmpdir(), 'outward-ext-'));
  await cp(BUILD_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify(manifest));
  if (openCardRoot) await reopenCardRoot(dir);
  return dir;
}

/** Makes the card's shadow root open in the built extension copied to `dir` (both browsers' builds). */
export async function reopenCardRoot(dir: string): Promise<void> {
  let patched = 0;
  for (const file of await readdir(dir, { recursive: true })) {
    if (!file.endsWith('.js')) continue;
    const text = await readFile(join(dir, file), 'utf8');
    if (!text.includes(CLOSED_CARD_ROOT)) continue;
    await writeFile(join(dir, file), text.replaceAll(CLOSED_CARD_ROOT, 'attachShadow({mode:"open"})'));
    patched += 1;
  }
  if (patched === 0)
    throw new Error(`no ${CLOSED_CARD_ROOT} in the build: the card's root changed, update the harness`);
}

/** Everything one test needs: a browser with the extension, its id and worker, and a local site. */
export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: StaticServer;
  userDataDir: string;
  extensionDir: string;
  /** Every request any page, frame or worker of the browser made, as URLs. */
  requests: string[];
  /** Errors logged or thrown by the worker and by extension pages opened through `openExtensionPage`. */
  errors: string[];
  /**
   * Opens one of the extension's pages in a normal tab; with `now`, the page's clock reads that
   * instant (see `fixPageClock`).
   */
  openExtensionPage(
    name: 'popup' | 'options' | 'journal' | 'welcome',
    colorScheme?: 'light' | 'dark',
    options?: { now?: number },
  ): Promise<Page>;
  /** Closes the browser (keeps the profile when `keepProfile`), the server and temp folders. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (browser restart tests); a fresh one otherwise. */
  userDataDir?: string;
  extensionDir?: string;
  server?: StaticServer;
  /** Show the browser window (the demo on a desktop); headless unless set. */
  headed?: boolean;
  /** Window size for headed runs and screenshots. */
  viewport?: { width: number; height: number };
  /** Open the card's shadow root in the test copy, for tests that press the card (see `prepareTestExtension`). */
  openCardRoot?: boolean;
  /**
   * Browser language (`es`): Chromium's UI language (`--lang` and `LANGUAGE`), which `browser.i18n`
   * follows, and the pages' locale (`navigator.language`); English unless set.
   */
  locale?: string;
}

/** Launches headless Chromium with the built extension loaded, in a fresh profile unless told otherwise. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<Session> {
  const extensionDir =
    options.extensionDir ?? (await prepareTestExtension({ openCardRoot: options.openCardRoot ?? false }));
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'outward-profile-')));
  const server = options.server ?? (await startStaticServer(SITE_DIR));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    viewport: options.viewport ?? { width: 1280, height: 720 },
    ...(E2E_TIME_ZONE ? { timezoneId: E2E_TIME_ZONE } : {}),
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale } } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const errors: string[] = [];
  worker.on('console', (message) => {
    if (message.type() === 'error') errors.push(`worker: ${message.text()}`);
  });

  return {
    context,
    extensionId,
    worker,
    server,
    userDataDir,
    extensionDir,
    requests,
    errors,
    async openExtensionPage(name, colorScheme = 'light', { now } = {}) {
      const page = await context.newPage();
      if (now !== undefined) await fixPageClock(page, now);
      page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${name}: ${message.text()}`);
      });
      await page.emulateMedia({ colorScheme });
      await page.goto(`chrome-extension://${extensionId}/${name}.html`);
      return page;
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!options.server) await server.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
      if (!options.extensionDir && !keepProfile) await rm(extensionDir, { recursive: true, force: true });
    },
  };
}
