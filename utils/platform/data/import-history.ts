import type { HistoryContents } from '@/utils/domain/data/export-format';
import { importProblem, type ImportProblem } from '@/utils/domain/data/import-problem';
import { zeroCounts, type MergeCounts } from '@/utils/domain/data/outcomes';
import { HISTORY_STORES, type HistoryStoreName } from '@/utils/domain/history/records';
import type { DayKey, DayKeyOf } from '@/utils/domain/stats/day-key';
import {
  applyToRollup,
  emptyRollup,
  rollupDayOf,
  type DailyRollup,
  type HistoryEvent,
} from '@/utils/domain/stats/rollup';
import type { HistoryDatabase } from '../db/open-history-db';

/** Result of merging: the counts, or why the database refused (and then nothing was written). */
export type MergeResult = ({ ok: true } & MergeCounts) | { ok: false; problem: ImportProblem };

/**
 * Merges validated history into the database in ONE readwrite transaction over the four stores
 * and the daily roll-ups, so the journal and the popup show the imported history at once.
 * Idempotent by id: a record whose id is already stored is left as it is (what the person has now
 * is never overwritten), so importing the same file twice changes nothing the second time. If any
 * write fails the transaction is aborted and no record of the file is kept. Background only.
 */
export async function importHistory(
  db: HistoryDatabase,
  history: HistoryContents,
  dayKeyOf: DayKeyOf,
): Promise<MergeResult> {
  const counts: MergeCounts = { added: zeroCounts(), alreadyPresent: zeroCounts() };
  const added: HistoryEvent[] = [];
  let tx: ReturnType<typeof openTransaction>;
  try {
    tx = openTransaction(db);
  } catch (error) {
    // Some engines refuse at once (storage full, database closing): nothing was written.
    return { ok: false, problem: importProblem('write-failed', { reason: describe(error) }) };
  }
  const mergeStore = async (name: HistoryStoreName) => {
    // One typed view for all four stores: every record kind is keyed by its `id`.
    const store = tx.objectStore(name) as unknown as {
      getAllKeys(): Promise<string[]>;
      add(value: { id: string }): Promise<string>;
    };
    const records: ReadonlyArray<{ id: string }> = history[name];
    const stored = new Set(await store.getAllKeys());
    const fresh = records.filter((record) => !stored.has(record.id));
    // `async` turns a synchronous throw into a rejection, so no request already made is left unwatched.
    await Promise.all(fresh.map(async (record) => store.add(record)));
    for (const record of fresh) added.push({ store: name, record } as HistoryEvent);
    counts.added[name] = fresh.length;
    counts.alreadyPresent[name] = records.length - fresh.length;
  };
  const addToRollups = async () => {
    const byDay = new Map<DayKey, DailyRollup>();
    for (const event of added) {
      const day = rollupDayOf(event, dayKeyOf);
      const rollup = byDay.get(day) ?? (await daily.get(day)) ?? emptyRollup(day);
      byDay.set(day, applyToRollup(rollup, event));
    }
    await Promise.all([...byDay.values()].map(async (rollup) => daily.put(rollup)));
  };
  const daily = tx.objectStore('daily');
  try {
    await Promise.all([
      (async () => {
        await Promise.all(HISTORY_STORES.map(mergeStore));
        await addToRollups();
      })(),
      tx.done,
    ]);
    return { ok: true, ...counts };
  } catch (error) {
    // A failed request aborts on its own; a thrown call (quota checks in some engines) does not.
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    await tx.done.catch(() => undefined);
    return { ok: false, problem: importProblem('write-failed', { reason: describe(error) }) };
  }
}

function openTransaction(db: HistoryDatabase) {
  return db.transaction([...HISTORY_STORES, 'daily'], 'readwrite');
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.name;
  return String(error);
}
