import type { CdpSession } from '../lib/cdp-pipe';
import type { Metric } from '../lib/report';
import type { BenchPageApi } from '../pages/idb-bench';

/** History sizes (records) the IndexedDB figures are taken at. */
export const HISTORY_SIZES = [1_000, 10_000, 100_000] as const;

/** The database each size lives in: the largest is Outward's real history database, so the journal reads it. */
export function historyDbName(size: number): string {
  return size === HISTORY_SIZES.at(-1) ? 'outward-history' : `outward-bench-${size}`;
}

type Bench = { outwardBench: BenchPageApi };

/** Writes generated history of every size through the bench page (`bench.html`), replacing what was there. */
export async function seedHistories(page: CdpSession, log: (line: string) => void): Promise<void> {
  for (const size of HISTORY_SIZES) {
    const started = Date.now();
    const name = historyDbName(size);
    const written = await page.evaluate(
      ([db, count]) => (globalThis as unknown as Bench).outwardBench.seed(db, count),
      [name, size] as const,
    );
    log(`seeded ${written} records into ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

/**
 * Episode checkpoint writes and the stats reads (today, 30-day series, first timeline page) at
 * every size, timed inside the bench page around Outward's own repository calls.
 */
export async function measureIndexedDb(page: CdpSession, runs: number): Promise<Metric[]> {
  const metrics: Metric[] = [];
  for (const size of HISTORY_SIZES) {
    const name = historyDbName(size);
    const writes = await page.evaluate(
      ([db, count]) => (globalThis as unknown as Bench).outwardBench.checkpointWrites(db, count),
      [name, runs * 6] as const,
    );
    const reads = await page.evaluate(
      ([db, count]) => (globalThis as unknown as Bench).outwardBench.statsQueries(db, count),
      [name, runs * 3] as const,
    );
    const k = `${size / 1000}k`;
    metrics.push(
      { key: `idb.checkpointMs.${k}`, label: `Episode checkpoint write, ${k}`, unit: 'ms', values: writes },
      { key: `idb.todayMs.${k}`, label: `Today figures read, ${k}`, unit: 'ms', values: reads.today },
      { key: `idb.seriesMs.${k}`, label: `30-day series read, ${k}`, unit: 'ms', values: reads.series },
      { key: `idb.timelineMs.${k}`, label: `Timeline first page, ${k}`, unit: 'ms', values: reads.timeline },
    );
  }
  return metrics;
}
