import { existsSync } from 'node:fs';
import { appendFile, copyFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@/tests/e2e/harness/extension';
import { launchOverPipe, type CdpSession, type PipeBrowser, type TargetInfo } from './cdp-pipe';
import { sleep } from './stats';

/** The flags every benchmark browser gets: those of the end-to-end harness (TOOLCHAIN.md), and a fixed window. */
const BROWSER_FLAGS = ['--headless', ...CHROMIUM_FLAGS, '--window-size=1280,720'];

/** The extension APIs as seen from inside an extension page or the worker (`chrome` is not on `globalThis` in TS). */
export type ExtensionGlobal = { chrome: typeof chrome };

/** Files of the bench page (see `bench/pages/`), built by `buildBenchPage`. */
export const BENCH_PAGE_DIR = resolve('bench/out/pages');

/**
 * A copy of a production build (`buildDir`) for the benchmark, with what the end-to-end harness
 * adds (a required host permission for 127.0.0.1, so Outward may watch the local pages without a
 * prompt) plus `bench.html`, an extension page nothing links to, from which the benchmark drives
 * settings and IndexedDB. With `alarmProbe`, the worker also records every alarm it receives in
 * `storage.session` (key `benchAlarms`), registered at start like Outward's own listeners.
 */
export async function prepareBenchExtension(buildDir: string, options: { alarmProbe?: boolean } = {}): Promise<string> {
  if (!existsSync(join(buildDir, 'manifest.json'))) throw new Error(`no build in ${buildDir}`);
  const dir = await mkdtemp(join(tmpdir(), 'outward-bench-ext-'));
  await cp(buildDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify(manifest));
  await copyFile(join(BENCH_PAGE_DIR, 'bench.html'), join(dir, 'bench.html'));
  await copyFile(join(BENCH_PAGE_DIR, 'bench.js'), join(dir, 'bench.js'));
  if (options.alarmProbe) {
    await appendFile(
      join(dir, 'background.js'),
      '\n;chrome.alarms.onAlarm.addListener((alarm) => { chrome.storage.session.get("benchAlarms").then((got) => ' +
        'chrome.storage.session.set({ benchAlarms: [...(got.benchAlarms ?? []), { name: alarm.name, at: Date.now() }] })); });\n',
    );
  }
  return dir;
}

/** A benchmark browser: headless Chromium over a DevTools pipe, with or without the extension. */
export interface BenchBrowser {
  pipe: PipeBrowser;
  userDataDir: string;
  /** Null when launched without the extension. */
  extensionId: string | null;
  /** Closes the browser and removes the profile (kept with `keepProfile`, for a restart). */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Whether a target is the extension's service worker. */
export const isWorker = (target: TargetInfo) =>
  target.type === 'service_worker' && target.url.startsWith('chrome-extension://');

/**
 * Launches headless Chromium in a fresh profile (or `restart.userDataDir`, for a browser restart),
 * loading `extensionDir` if given. A fresh install waits for the worker (for the extension id) and
 * closes the welcome tab; a restart passes the id it already knows and waits for nothing.
 */
export async function launchBrowser(
  options: {
    extensionDir?: string;
    restart?: { userDataDir: string; extensionId: string };
    /** False for an extension that opens no welcome page (the reference content script's). */
    welcome?: boolean;
  } = {},
): Promise<BenchBrowser> {
  const userDataDir = options.restart?.userDataDir ?? (await mkdtemp(join(tmpdir(), 'outward-bench-profile-')));
  const extensionArgs = options.extensionDir
    ? [`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`]
    : [];
  const pipe = await launchOverPipe(CHROMIUM_PATH, [
    `--user-data-dir=${userDataDir}`,
    ...extensionArgs,
    ...BROWSER_FLAGS,
  ]);
  let extensionId = options.restart?.extensionId ?? null;
  if (options.extensionDir && !extensionId) {
    extensionId = new URL((await pipe.waitForTarget(isWorker)).url).host;
    const welcome =
      options.welcome === false
        ? null
        : await pipe
            .waitForTarget((target) => target.type === 'page' && target.url.endsWith('/welcome.html'), 10_000)
            .catch(() => null);
    if (welcome) await pipe.send('Target.closeTarget', { targetId: welcome.targetId });
  }
  return {
    pipe,
    userDataDir,
    extensionId,
    async close({ keepProfile = false } = {}) {
      await pipe.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens one of the extension's pages in a new tab and waits for it to load. */
export function openExtensionPage(
  browser: BenchBrowser,
  path: string,
  options?: { initScript?: string },
): Promise<CdpSession> {
  if (!browser.extensionId) throw new Error('launched without the extension');
  return browser.pipe.openTab(`chrome-extension://${browser.extensionId}/${path}`, options);
}

/** Closes a tab opened with `openTab` or `openExtensionPage`. */
export async function closeTab(browser: BenchBrowser, tab: CdpSession): Promise<void> {
  await browser.pipe.send('Target.closeTarget', { targetId: tab.targetId });
}

/**
 * Makes Outward watch 127.0.0.1 (whose permission the bench copy holds) with the given nudge
 * threshold, through the same message the options page sends, and waits until the content script
 * is registered. The extension page it used is closed again.
 */
export async function watchLocalSite(browser: BenchBrowser, minutesBeforeNudge = 15): Promise<void> {
  const page = await openExtensionPage(browser, 'bench.html');
  const patch = {
    watchedSites: [{ host: '127.0.0.1', enabled: true, minutesBeforeNudge: null }],
    detection: { minutesBeforeNudge },
  };
  const reply = await page.evaluate(
    async (data) => {
      const { chrome: ext } = globalThis as unknown as ExtensionGlobal;
      return (await ext.runtime.sendMessage({ type: 'settings/update', data })) as { ok?: boolean };
    },
    { patch },
  );
  if (!reply?.ok) throw new Error(`settings/update refused: ${JSON.stringify(reply)}`);
  for (const deadline = Date.now() + 30_000; ; await sleep(200)) {
    const ids = await page.evaluate(async () => {
      const { chrome: ext } = globalThis as unknown as ExtensionGlobal;
      return (await ext.scripting.getRegisteredContentScripts()).map((script) => script.id);
    });
    if (ids.includes('outward-scroll')) break;
    if (Date.now() > deadline) throw new Error(`content script not registered (have ${ids.join(', ') || 'none'})`);
  }
  await closeTab(browser, page);
}
