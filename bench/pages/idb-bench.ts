// The benchmark's extension page: drives Outward's own IndexedDB code (the repositories and stats
// reads the background and the pages use) inside real Chromium, and times it. Built into
// `bench.js` by `bench/lib/bench-page.ts` and copied into the benchmark's copy of the extension only.
import { buildExport, serializeExport } from '@/utils/domain/data/export-format';
import type { EpisodeRecord } from '@/utils/domain/history/records';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { IMPORT_CHUNK_CHARS } from '@/utils/platform/messaging/protocol';
import { openHistoryDb, type HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { episodesRepo } from '@/utils/platform/db/repos';
import { readDailySeries, readTodayFigures } from '@/utils/platform/db/stats-reads';
import { readTimelinePage } from '@/utils/platform/db/timeline';
import { localDayKeyOf, localWeekStart } from '@/utils/platform/time-zone';
import { generateHistory } from '@/tests/fixtures/history/generate-history';
import { buildSeedData } from '@/tests/fixtures/history/seed-data';
import { writeHistorySeed } from '@/tests/fixtures/history/write-seed';

/** Timeline page size the benchmark reads: one screen of the journal. */
const TIMELINE_PAGE = 50;

async function open(name: string): Promise<HistoryDatabase> {
  const opened = await openHistoryDb(name);
  if (!opened.ok) throw new Error(opened.message);
  return opened.db;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** Creates (or upgrades) the database and writes `count` generated history records ending now. */
async function seed(name: string, count: number): Promise<number> {
  (await open(name)).close();
  const data = buildSeedData({ count, seed: 42, endAt: Date.now() }, localDayKeyOf());
  return writeHistorySeed({ db: name, data, replace: true });
}

/**
 * Times `writes` checkpoints of one open episode, as the background writes them every ~45 s of an
 * episode: the record and its day's roll-up, in one transaction. Milliseconds per write.
 */
async function checkpointWrites(name: string, writes: number): Promise<number[]> {
  const db = await open(name);
  const startedAt = Date.now() - writes * 45_000;
  const times: number[] = [];
  for (let k = 1; k <= writes; k += 1) {
    const episode: EpisodeRecord = {
      id: `bench-${startedAt}`,
      startedAt,
      lastActivityAt: startedAt + k * 45_000,
      endedAt: null,
      endReason: null,
      doomMs: k * 40_000,
      activeMs: k * 45_000,
      sites: ['127.0.0.1'],
      nudgeLevel: 0,
    };
    times.push(await timed(() => episodesRepo.save(db, episode)));
  }
  db.close();
  return times;
}

/** Times each stats read `repeats` times on a fresh connection. Milliseconds per read. */
async function statsQueries(name: string, repeats: number) {
  const db = await open(name);
  const today = localDayKeyOf()(Date.now());
  const result = { today: [] as number[], series: [] as number[], timeline: [] as number[] };
  for (let k = 0; k < repeats; k += 1) {
    result.today.push(await timed(() => readTodayFigures(db, today, localWeekStart())));
    result.series.push(await timed(() => readDailySeries(db, today, 30)));
    result.timeline.push(await timed(() => readTimelinePage(db, { limit: TIMELINE_PAGE })));
  }
  db.close();
  return result;
}

/** The export file `importFile` sends, made by `makeImportFile`. */
let importText = '';

/** Makes an export file of `count` generated records ending an hour ago, as Outward writes them; its length. */
function makeImportFile(count: number): number {
  const now = Date.now();
  const history = generateHistory({ count, seed: 7, endAt: now - 3600_000 });
  importText = serializeExport(buildExport({ settings: createDefaultSettings(), history, appVersion: 'bench', now }));
  return importText.length;
}

type Reply = { ok: boolean; data?: { ok?: boolean; added?: Record<string, number> }; error?: unknown };

/**
 * Imports the file from `makeImportFile` as the options page does (chunks, then `data/import`),
 * through the real worker. Epoch ms of the request and of its answer, and what it added.
 */
async function importFile(): Promise<{ uploadMs: number; sentAt: number; answeredAt: number; added: number }> {
  const send = (type: string, data: object) =>
    (globalThis as unknown as { chrome: typeof chrome }).chrome.runtime.sendMessage({ type, data }) as Promise<Reply>;
  const importId = crypto.randomUUID();
  const uploadStart = Date.now();
  for (let index = 0, at = 0; at < importText.length; index++, at += IMPORT_CHUNK_CHARS) {
    const reply = await send('data/import-chunk', {
      importId,
      index,
      text: importText.slice(at, at + IMPORT_CHUNK_CHARS),
    });
    if (!reply.ok) throw new Error(`chunk refused: ${JSON.stringify(reply.error)}`);
  }
  const sentAt = Date.now();
  const reply = await send('data/import', { importId, restoreSettings: false });
  const answeredAt = Date.now();
  if (!reply.ok || !reply.data?.ok) throw new Error(`import refused: ${JSON.stringify(reply)}`);
  const added = Object.values(reply.data.added ?? {}).reduce((sum, n) => sum + n, 0);
  return { uploadMs: sentAt - uploadStart, sentAt, answeredAt, added };
}

/** What the benchmark calls through `page.evaluate`. */
export interface BenchPageApi {
  seed: typeof seed;
  checkpointWrites: typeof checkpointWrites;
  statsQueries: typeof statsQueries;
  makeImportFile: typeof makeImportFile;
  importFile: typeof importFile;
}

(globalThis as unknown as { outwardBench: BenchPageApi }).outwardBench = {
  seed,
  checkpointWrites,
  statsQueries,
  makeImportFile,
  importFile,
};
