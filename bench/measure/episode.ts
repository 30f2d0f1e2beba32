import type { StaticServer } from '@/tests/e2e/harness/server';
import { isWorker, launchBrowser, watchLocalSite, type ExtensionGlobal } from '../lib/browser';
import { FRAME_PROBE, readFrames, slowFramesBetween, wheelScroll } from '../lib/page-probes';
import { createCpuMeter, findExtensionProcess, type CpuReading } from '../lib/proc-cpu';
import type { Metric } from '../lib/report';
import { sleep } from '../lib/stats';

/** How the episode run is made. */
export interface EpisodeOptions {
  server: StaticServer;
  extensionDir: string;
  /** Length of the scrolling episode in the front tab (ms). */
  episodeMs: number;
  /** Nudge after one minute, to measure frames while the card is shown. */
  withCard: boolean;
  log: (line: string) => void;
}

/** A summary the worker received: which page sent it and when (epoch ms). */
interface Received {
  url: string;
  at: number;
}

const SLICE_MS = 30_000;
const MINUTE_MS = 60_000;

/** Counts the values falling in each consecutive slice of `size` from `start` to `end`. */
function perSlice(times: number[], start: number, end: number, size: number): number[] {
  const counts: number[] = [];
  for (let from = start; from + size <= end + 1; from += size) {
    counts.push(times.filter((t) => t >= from && t < from + size).length);
  }
  return counts;
}

/**
 * One scrolling episode on the feed with a second feed tab hidden behind it. Counts the summaries
 * the worker receives from each tab (through a listener added in the worker), the extension
 * process's CPU time every 30 s (from /proc, not the profiler: see the README), and, with
 * `withCard`, the slow frames before and while the nudge card is shown (the nudge comes after one
 * minute of doom-scrolling).
 */
export async function measureEpisode(options: EpisodeOptions): Promise<Metric[]> {
  const browser = await launchBrowser({ extensionDir: options.extensionDir });
  try {
    await watchLocalSite(browser, options.withCard ? 1 : 15);
    const worker = await browser.pipe.attach((await browser.pipe.waitForTarget(isWorker)).targetId);
    await worker.evaluate(() => {
      const scope = globalThis as unknown as ExtensionGlobal & { benchReceived: Received[] };
      scope.benchReceived = [];
      scope.chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
        if (message?.type === 'scroll/summary') scope.benchReceived.push({ url: sender.url ?? '', at: Date.now() });
      });
    });

    const hidden = await browser.pipe.openTab(options.server.url('/feed.html?tab=hidden'));
    await sleep(1000);
    await wheelScroll(hidden, 5000);
    const front = await browser.pipe.openTab(options.server.url('/feed.html?tab=front'));
    await browser.pipe.send('Target.activateTarget', { targetId: front.targetId });
    await sleep(1000);
    const visibility = await hidden.evaluate(() => document.visibilityState);
    if (visibility !== 'hidden') throw new Error(`the background tab is ${visibility}, not hidden`);
    const hiddenSince = Date.now();
    await front.send('Runtime.evaluate', { expression: FRAME_PROBE });

    const pid = await findExtensionProcess(browser.pipe.pid);
    if (pid === null) throw new Error('no extension process found');
    const meter = createCpuMeter(pid);
    const readings: CpuReading[] = [await meter.read()];
    const { now: pageStart } = await readFrames(front);
    const started = Date.now();
    let nextSlice = SLICE_MS;
    const pendingReads: Promise<void>[] = [];
    await wheelScroll(front, options.episodeMs, (elapsed) => {
      if (elapsed < nextSlice) return;
      nextSlice += SLICE_MS;
      pendingReads.push(meter.read().then((reading) => void readings.push(reading)));
    });
    const ended = Date.now();
    await Promise.all(pendingReads);
    readings.push(await meter.read());
    // A summary is due at most ~15 s after the last activity: wait for it before counting.
    await sleep(16_000);
    const received = await worker.evaluate(
      () => (globalThis as unknown as { benchReceived: Received[] }).benchReceived,
    );
    const frames = await readFrames(front);
    // When the background decided: the nudge record's own time (written in the same mailbox task).
    const decidedAt = await worker.evaluate(
      () =>
        new Promise<number | null>((resolve) => {
          const open = indexedDB.open('outward-history');
          open.onerror = () => resolve(null);
          open.onsuccess = () => {
            const read = open.result.transaction('nudges').objectStore('nudges').getAll();
            read.onerror = () => resolve(null);
            read.onsuccess = () => {
              const times = (read.result as { at: number }[]).map((record) => record.at).sort((a, b) => a - b);
              open.result.close();
              resolve(times[0] ?? null);
            };
          };
        }),
    );
    const paintAfterDecision =
      decidedAt === null || frames.cardPaintAt === null ? null : frames.origin + frames.cardPaintAt - decidedAt;

    const fromFront = received.filter((r) => r.url.includes('tab=front')).map((r) => r.at);
    const hiddenTab = received.filter((r) => r.url.includes('tab=hidden'));
    const fromHidden = hiddenTab.filter((r) => r.at > hiddenSince + 1000);
    const workerSlices = readings.slice(1).map((r, k) => r.workerMs - readings[k]!.workerMs);
    const processSlices = readings.slice(1).map((r, k) => r.processMs - readings[k]!.processMs);
    options.log(
      `episode ${((ended - started) / 1000).toFixed(0)} s: ${fromFront.length} summaries from the front tab, ` +
        `${fromHidden.length} from the hidden one once hidden (${hiddenTab.length - fromHidden.length} before); worker CPU per 30 s ${workerSlices.map((v) => v.toFixed(1)).join(', ')} ms; ` +
        `card ${frames.cardAt === null ? 'never shown' : `shown at ${((frames.cardAt - pageStart) / 1000).toFixed(0)} s`}`,
    );

    const minutes = (ended - hiddenSince) / MINUTE_MS;
    const sliceFrames = (from: number, to: number) => {
      const out: number[] = [];
      for (let at = from; at + SLICE_MS <= to; at += SLICE_MS) out.push(slowFramesBetween(frames, at, at + SLICE_MS));
      return out;
    };
    const pageEnd = pageStart + (ended - started);
    const cardMetric: Metric = {
      key: 'frames.slowWithCard',
      label: 'Slow frames while the card is shown',
      unit: 'frames > 25 ms per 30 s',
      values: frames.cardAt === null ? [] : sliceFrames(frames.cardAt, pageEnd),
      ...(frames.cardAt === null
        ? { na: options.withCard ? 'n/a (card not wired)' : 'n/a (--no-card)' }
        : { note: 'per 30-s slice of the episode after the card appeared; before it, same run: see next row' }),
    };
    return [
      {
        key: 'messages.scrollingPerMinute',
        label: 'Summaries from a scrolling tab',
        unit: 'per minute',
        values: perSlice(fromFront, started, ended, MINUTE_MS),
        budget: { op: '<=', value: 4 },
        note: 'each value is one whole minute of the episode, counted in the worker',
      },
      {
        key: 'messages.hiddenPerMinute',
        label: 'Summaries from a hidden tab',
        unit: 'per minute',
        values: [fromHidden.length / minutes],
        budget: { op: '<=', value: 0 },
        note: 'a feed tab scrolled for 5 s, then put behind the scrolling tab (document.visibilityState: hidden); its one summary at hiding is expected and not counted',
      },
      {
        key: 'worker.cpuMsPer30s',
        label: 'Worker CPU while a tab scrolls',
        unit: 'ms per 30 s',
        values: workerSlices,
        budget: { op: '<=', value: 20 },
        note: `the ServiceWorker thread's CPU time from /proc, per 30-s slice of a ${Math.round(options.episodeMs / 1000)}-s episode`,
      },
      {
        key: 'worker.processCpuMsPer30s',
        label: 'Extension process CPU while a tab scrolls',
        unit: 'ms per 30 s',
        values: processSlices,
        budget: { op: '<=', value: 20 },
        note: 'every thread of the extension renderer (worker, IPC, GC helpers); no extension page is open',
      },
      cardMetric,
      {
        key: 'card.paintAfterDecisionEpisodeMs',
        label: 'Card painted after the decision, real episode',
        unit: 'ms',
        values: paintAfterDecision === null ? [] : [paintAfterDecision],
        ...(paintAfterDecision === null
          ? { na: options.withCard ? 'n/a (no card in the episode)' : 'n/a (--no-card)' }
          : {
              note: 'one value: the nudge record’s time (the decision) to two frames after the card entered the page',
            }),
      },
      {
        key: 'frames.slowBeforeCard',
        label: 'Slow frames before the card, same run',
        unit: 'frames > 25 ms per 30 s',
        values: sliceFrames(pageStart, frames.cardAt ?? pageEnd),
      },
    ];
  } finally {
    await browser.close();
  }
}
