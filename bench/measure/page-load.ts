import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StaticServer } from '@/tests/e2e/harness/server';
import { launchBrowser, watchLocalSite, type BenchBrowser } from '../lib/browser';
import type { CdpSession } from '../lib/cdp-pipe';
import { attributeProfile, type CpuProfile } from '../lib/profile';
import { writeReferenceExtension } from '../lib/reference-extension';
import type { Metric } from '../lib/report';
import { sleep, spread } from '../lib/stats';

/** Sampling interval of the page profiler (µs), as for the scrolling figures. */
const SAMPLING_US = 100;
/** How long after `load` the profile goes on: the content script starts at `document_idle`. */
const AFTER_LOAD_MS = 3000;

/** The three kinds of browser each round opens, each in a fresh profile. */
type Mode = 'without' | 'reference' | 'outward';

/** One page load: the extension's sampled CPU time and the page's JS heap after a forced GC. */
interface LoadRun {
  mode: Mode;
  extensionMs: number;
  heapBytes: number;
}

export interface PageLoadOptions {
  server: StaticServer;
  extensionDir: string;
  /** Rounds of (without, reference, Outward). */
  rounds: number;
  /** Where to keep each load's `.cpuprofile`, if anywhere. */
  profileDir?: string;
  log: (line: string) => void;
}

/**
 * Opens the feed in a new tab under the page's CPU profiler, from navigation start to
 * `AFTER_LOAD_MS` after `load`, then forces garbage collection and reads the page's JS heap (the
 * renderer's isolate: the page's world and every extension's isolated world in it).
 */
async function profiledLoad(
  browser: BenchBrowser,
  url: string,
): Promise<{ profile: CpuProfile; heapBytes: number; extensionWorlds: number }> {
  const { targetId } = await browser.pipe.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
  const tab: CdpSession = await browser.pipe.attach(targetId);
  await tab.send('Page.enable');
  // Which worlds the page gets: a content script runs in an isolated world of the extension's origin.
  let extensionWorlds = 0;
  browser.pipe.onEvent((event) => {
    const context = event.params.context as { origin?: string } | undefined;
    if (event.sessionId === tab.sessionId && event.method === 'Runtime.executionContextCreated')
      if (context?.origin?.startsWith('chrome-extension://')) extensionWorlds += 1;
  });
  await tab.send('Runtime.enable');
  await tab.send('Profiler.enable');
  await tab.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  const loaded = new Promise<void>((resolve) => {
    const stop = browser.pipe.onEvent((event) => {
      if (event.sessionId === tab.sessionId && event.method === 'Page.loadEventFired') {
        stop();
        resolve();
      }
    });
  });
  await tab.send('Profiler.start');
  await tab.send('Page.navigate', { url });
  await loaded;
  await sleep(AFTER_LOAD_MS);
  const { profile } = await tab.send<{ profile: CpuProfile }>('Profiler.stop');
  await tab.send('HeapProfiler.collectGarbage');
  await tab.send('HeapProfiler.collectGarbage');
  const { usedSize } = await tab.send<{ usedSize: number }>('Runtime.getHeapUsage');
  return { profile, heapBytes: usedSize, extensionWorlds };
}

async function loadRun(mode: Mode, dirs: Record<Exclude<Mode, 'without'>, string>, options: PageLoadOptions) {
  const browser = await launchBrowser(
    mode === 'without'
      ? {}
      : mode === 'reference'
        ? { extensionDir: dirs.reference, welcome: false }
        : { extensionDir: dirs.outward },
  );
  try {
    if (mode === 'outward') await watchLocalSite(browser);
    const { profile, heapBytes, extensionWorlds } = await profiledLoad(browser, options.server.url('/feed.html'));
    if (options.profileDir) {
      await mkdir(options.profileDir, { recursive: true });
      await writeFile(join(options.profileDir, `load-${mode}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    }
    // A content script may cost too little to be sampled at all: its isolated world shows it ran.
    if (mode !== 'without' && extensionWorlds === 0)
      throw new Error(`the ${mode} content script never ran on the feed (no extension world in the page)`);
    const run: LoadRun = { mode, extensionMs: attributeProfile(profile, options.server.origin).extension, heapBytes };
    options.log(
      `load ${mode.padEnd(9)} content script ${run.extensionMs.toFixed(2)} ms, heap ${(heapBytes / 1000).toFixed(0)} kB`,
    );
    return run;
  } finally {
    await browser.close();
  }
}

/**
 * Page-load cost of the content script (DESIGN.md §8): rounds of three fresh browsers, one without
 * any extension, one with the reference content script, one with Outward watching the feed. Its
 * frames in the profile from navigation start to 3 s after `load`; the heap each adds, judged
 * against the reference's, measured in the same rounds.
 */
export async function measurePageLoad(options: PageLoadOptions): Promise<Metric[]> {
  const reference = await writeReferenceExtension();
  const dirs = { reference, outward: options.extensionDir };
  const runs: Record<Mode, LoadRun[]> = { without: [], reference: [], outward: [] };
  for (let round = 0; round < options.rounds; round += 1)
    for (const mode of ['without', 'reference', 'outward'] as const)
      runs[mode].push(await loadRun(mode, dirs, options));
  const kb = (bytes: number) => bytes / 1000;
  const heapOf = (mode: Mode) => runs[mode].map((run) => run.heapBytes);
  const withoutMedian = spread(heapOf('without')).median;
  const referenceMedian = spread(heapOf('reference')).median;
  return [
    {
      key: 'pageLoad.contentScriptMs',
      label: 'Content script on page load',
      unit: 'ms (navigation to load + 3 s)',
      values: runs.outward.map((run) => run.extensionMs),
      budget: { op: '<=', value: 1 },
      note: `CPU-profile attribution (${SAMPLING_US} µs sampling) of the feed's load, fresh profile each run`,
    },
    {
      key: 'pageLoad.referenceMs',
      label: 'Reference content script on page load',
      unit: 'ms (navigation to load + 3 s)',
      values: runs.reference.map((run) => run.extensionMs),
      note: 'a one-line content script (a passive scroll listener that counts), same rounds',
    },
    {
      key: 'pageLoad.heapAboveReferenceKb',
      label: 'JS heap per watched tab above the reference',
      unit: 'kB after a forced GC',
      values: heapOf('outward').map((bytes) => kb(bytes - referenceMedian)),
      budget: { op: '<=', value: 50 },
      note: 'each run with Outward minus the median of the reference runs of the same rounds',
    },
    {
      key: 'pageLoad.heapReferenceKb',
      label: 'JS heap the reference adds (isolated world)',
      unit: 'kB after a forced GC',
      values: heapOf('reference').map((bytes) => kb(bytes - withoutMedian)),
      note: 'each reference run minus the median of the runs without any extension',
    },
    {
      key: 'pageLoad.heapWithoutKb',
      label: 'JS heap without any extension',
      unit: 'kB after a forced GC',
      values: heapOf('without').map(kb),
    },
  ];
}
