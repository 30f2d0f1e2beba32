import {
  closeTab,
  isWorker,
  launchBrowser,
  openExtensionPage,
  type BenchBrowser,
  type ExtensionGlobal,
} from '../lib/browser';
import type { CdpSession } from '../lib/cdp-pipe';
import type { Metric } from '../lib/report';
import { sleep } from '../lib/stats';
import { measureIndexedDb, seedHistories } from './indexeddb';

/** Mark the probe below sets when the popup's check-in is interactive. */
const POPUP_READY = 'bench-popup-ready';
/** Mark the journal sets itself once its first screen has rendered (entrypoints/journal/App.tsx). */
const JOURNAL_READY = 'journal-ready';
/** Marks the journal sets after painting the charts, and the minutes per site, of a newly chosen range (journal-body.tsx). */
const JOURNAL_RANGE = 'journal-range-shown';
const JOURNAL_SITES = 'journal-sites-shown';
/** The range chooser's order in the timing: every switch the person can make from the opening range. */
const RANGE_SWITCHES = ['weeks12', 'all', 'days30'] as const;

/**
 * Runs in the popup before its own scripts: marks the first moment the check-in can be used, which
 * is when the five mood radios are in the document and enabled (or, after today's check-in, its
 * summary with *Check in again*) and the act panel (which waits for the popup's data) has rendered
 * its buttons. The time is the mark's, from navigation start.
 * Measured from outside, so the popup's code is the production build, untouched.
 */
const POPUP_PROBE = `(() => {
  const ready = () => {
    const radios = document.querySelectorAll('input[type="radio"]');
    const scale = radios.length >= 5 && ![...radios].some((radio) => radio.disabled);
    const checkedIn = document.querySelector('.mood-checked-in button') != null;
    if (!scale && !checkedIn) return false;
    const panel = document.querySelector('#act-heading')?.closest('section') ?? document.querySelector('.act-panel');
    return panel?.querySelector('button') != null;
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    performance.mark('${POPUP_READY}');
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})()`;

/** Waits up to `timeoutMs` for a performance mark in the tab; its time from navigation start, or null. */
async function markTime(tab: CdpSession, name: string, timeoutMs = 15_000): Promise<number | null> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
    const at = await tab.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, name);
    if (at !== null) return at;
  }
  return null;
}

/** Opens a page `runs` times (a new tab each time) and collects its ready mark; nulls are runs that never got there. */
async function timePage(
  browser: BenchBrowser,
  path: string,
  mark: string,
  runs: number,
  before: () => Promise<void>,
  initScript?: string,
): Promise<(number | null)[]> {
  const times: (number | null)[] = [];
  for (let k = 0; k < runs; k += 1) {
    await before();
    const tab = await openExtensionPage(browser, path, { initScript });
    times.push(await markTime(tab, mark));
    await closeTab(browser, tab);
  }
  return times;
}

/**
 * Opens the journal `runs` times and, in each, switches the range chooser 30 days → 12 weeks → all
 * time → 30 days by clicking its radio buttons in the page. Each switch is timed from just before
 * the click (the page's clock) to the journal's own marks after the charts, and after the minutes
 * per site, were painted for the new range. Nulls are switches whose mark never came.
 */
async function timeRangeSwitches(
  browser: BenchBrowser,
  runs: number,
  before: () => Promise<void>,
): Promise<{ charts: (number | null)[]; sites: (number | null)[] }> {
  const charts: (number | null)[] = [];
  const sites: (number | null)[] = [];
  for (let k = 0; k < runs; k += 1) {
    await before();
    const tab = await openExtensionPage(browser, 'journal.html');
    if ((await markTime(tab, JOURNAL_READY)) === null) throw new Error('the journal never became ready');
    // The first render's own site read must not be taken for a switch's.
    await markTime(tab, JOURNAL_SITES);
    for (const range of RANGE_SWITCHES) {
      const clickedAt = await tab.evaluate((id) => {
        const input = document.getElementById(`chart-range-${id}`);
        if (!(input instanceof HTMLInputElement)) throw new Error(`no range button ${id}`);
        const at = performance.now();
        input.click();
        return at;
      }, range);
      const after = (mark: string) =>
        markAfter(tab, mark, clickedAt).then((at) => (at === null ? null : at - clickedAt));
      charts.push(await after(JOURNAL_RANGE));
      sites.push(await after(JOURNAL_SITES));
    }
    await closeTab(browser, tab);
  }
  return { charts, sites };
}

/** Waits for a mark set after `since` (page time, ms); its time, or null after `timeoutMs`. */
async function markAfter(tab: CdpSession, name: string, since: number, timeoutMs = 15_000): Promise<number | null> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(20)) {
    const at = await tab.evaluate(
      ([mark, from]) =>
        performance
          .getEntriesByName(mark, 'mark')
          .map((entry) => entry.startTime)
          .find((time) => time >= from) ?? null,
      [name, since] as const,
    );
    if (at !== null) return at;
  }
  return null;
}

/** A metric from page timings, or n/a when the mark never appeared. */
function pageMetric(base: Omit<Metric, 'values'>, times: (number | null)[], missing: string): Metric {
  const values = times.filter((t): t is number => t !== null);
  return values.length === times.length ? { ...base, values } : { ...base, values: [], na: missing };
}

/**
 * Popup, journal and IndexedDB in one browser (DESIGN.md §8). The popup is timed with the worker
 * running (pinged just before) and with it stopped (cold: the popup's requests start it). Then
 * 1k and 10k records are written to two scratch databases and 100,000 to the real history
 * database; the journal is timed on those 100,000, the popup again, and then checkpoint writes
 * and stats reads at each size, through Outward's own repository code in an extension page.
 */
export async function measureHistoryPages(options: {
  extensionDir: string;
  runs: number;
  log: (line: string) => void;
}): Promise<Metric[]> {
  const browser = await launchBrowser({ extensionDir: options.extensionDir });
  try {
    const control = await openExtensionPage(browser, 'bench.html');
    const wake = async () => {
      await control.evaluate(async () => {
        const { chrome: ext } = globalThis as unknown as ExtensionGlobal;
        await ext.runtime.sendMessage({ type: 'app/ping', data: {} });
      });
    };
    const stop = async () => {
      await control.send('ServiceWorker.enable');
      await control.send('ServiceWorker.stopAllWorkers');
      for (const deadline = Date.now() + 10_000; browser.pipe.targets().some(isWorker); await sleep(50)) {
        if (Date.now() > deadline) throw new Error('the worker did not stop');
      }
    };
    const popupWarm = await timePage(browser, 'popup.html', POPUP_READY, options.runs, wake, POPUP_PROBE);
    const popupCold = await timePage(browser, 'popup.html', POPUP_READY, options.runs, stop, POPUP_PROBE);
    await wake();

    await seedHistories(control, options.log);
    const journal = await timePage(browser, 'journal.html', JOURNAL_READY, options.runs, wake);
    const ranges = await timeRangeSwitches(browser, Math.max(1, Math.ceil(options.runs / 2)), wake);
    const popupFull = await timePage(browser, 'popup.html', POPUP_READY, options.runs, wake, POPUP_PROBE);
    options.log(
      `popup warm ${popupWarm.map(show).join(', ')}; cold ${popupCold.map(show).join(', ')}; ` +
        `with 100k ${popupFull.map(show).join(', ')}; journal ${journal.map(show).join(', ')} ms; ` +
        `range switches ${ranges.charts.map(show).join(', ')} ms (sites ${ranges.sites.map(show).join(', ')} ms)`,
    );

    const metrics: Metric[] = [
      pageMetric(
        {
          key: 'popup.readyMs',
          label: 'Popup check-in interactive',
          unit: 'ms from navigation',
          budget: { op: '<=', value: 100 },
          note: 'empty history, worker running; a MutationObserver injected before the popup’s scripts marks the first moment the mood radios are enabled and the act panel has rendered',
        },
        popupWarm,
        'n/a (never interactive)',
      ),
      pageMetric(
        {
          key: 'popup.readyMsColdWorker',
          label: 'Popup check-in, worker stopped',
          unit: 'ms from navigation',
          budget: { op: '<=', value: 100 },
          note: 'worker stopped through DevTools before each open; the popup reads from storage and wakes it only when no idea has been offered yet',
        },
        popupCold,
        'n/a (never interactive)',
      ),
      pageMetric(
        {
          key: 'popup.readyMs100k',
          label: 'Popup check-in, 100k records',
          unit: 'ms from navigation',
          budget: { op: '<=', value: 100 },
        },
        popupFull,
        'n/a (never interactive)',
      ),
      pageMetric(
        {
          key: 'journal.readyMs100k',
          label: 'Journal first render, 100k records',
          unit: 'ms from navigation',
          budget: { op: '<=', value: 300 },
          note: `the journal’s own performance.mark('${JOURNAL_READY}'), from navigation start`,
        },
        journal,
        `n/a (no '${JOURNAL_READY}' mark)`,
      ),
      pageMetric(
        {
          key: 'journal.rangeSwitchMs100k',
          label: 'Journal range switch, 100k records',
          unit: 'ms from click',
          budget: { op: '<=', value: 100 },
          note: `30 days → 12 weeks → all time → 30 days by clicking the range chooser; from just before the click to the journal's performance.mark('${JOURNAL_RANGE}'), set in an effect after the new charts are painted`,
        },
        ranges.charts,
        `n/a (no '${JOURNAL_RANGE}' mark)`,
      ),
      pageMetric(
        {
          key: 'journal.rangeSitesMs100k',
          label: 'Journal range switch, minutes per site, 100k records',
          unit: 'ms from click',
          note: `the same switches, to performance.mark('${JOURNAL_SITES}'): the minutes per site read the range's episodes after the charts are shown`,
        },
        ranges.sites,
        `n/a (no '${JOURNAL_SITES}' mark)`,
      ),
    ];
    metrics.push(...(await measureIndexedDb(control, options.runs)));
    await closeTab(browser, control);
    return metrics;
  } finally {
    await browser.close();
  }
}

function show(value: number | null): string {
  return value === null ? '–' : value.toFixed(0);
}
