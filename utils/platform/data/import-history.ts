import { unwrap } from 'idb';
import type { HistoryContents } from '@/utils/domain/data/export-format';
import { importProblem, type ImportProblem } from '@/utils/domain/data/import-problem';
import { zeroCounts, type MergeCounts } from '@/utils/domain/data/outcomes';
import { HISTORY_STORES } from '@/utils/domain/history/records';
import type { DayKey, DayKeyOf } from '@/utils/domain/stats/day-key';
import {
  applyToRollup,
  emptyRollup,
  rollupDayOf,
  type DailyRollup,
  type HistoryEvent,
} from '@/utils/domain/stats/rollup';
import type { HistoryDatabase } from '../db/open-history-db';
import { SLICE_MS } from './run-in-slices';

/** Result of merging: the counts, or why the database refused (and then nothing was written). */
export type MergeResult = ({ ok: true } & MergeCounts) | { ok: false; problem: ImportProblem };

/**
 * Merges validated history into the database in ONE readwrite transaction over the four stores
 * and the daily roll-ups, so the journal and the popup show the imported history at once.
 * Idempotent by id: a record whose id is already stored is left as it is (what the person has now
 * is never overwritten), so importing the same file twice changes nothing the second time. If any
 * write fails the transaction is aborted and no record of the file is kept. Background only.
 *
 * The transaction is created before this function first awaits, so a caller that starts it inside
 * a mailbox task fixes its place among the other history writes (IndexedDB runs transactions over
 * the same stores in the order they were created) and need not wait for it there. Its writes are
 * made in slices of about `sliceMs`: each slice's requests go out, and the next slice goes out
 * when the last of them has succeeded, which keeps the transaction alive while the event loop
 * stays free for messages (a few hundred thousand records take many seconds to write).
 */
export async function importHistory(
  db: HistoryDatabase,
  history: HistoryContents,
  dayKeyOf: DayKeyOf,
  { sliceMs = SLICE_MS }: { sliceMs?: number } = {},
): Promise<MergeResult> {
  const counts: MergeCounts = { added: zeroCounts(), alreadyPresent: zeroCounts() };
  let tx: ReturnType<typeof openTransaction>;
  try {
    tx = openTransaction(db);
  } catch (error) {
    // Some engines refuse at once (storage full, database closing): nothing was written.
    return { ok: false, problem: importProblem('write-failed', { reason: describe(error) }) };
  }
  // Watched from the start: a failure before the end is reported by the request that failed.
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? new DOMException('aborted', 'AbortError'),
  );
  try {
    const [stored, ...keys] = await Promise.all([
      tx.objectStore('daily').getAll(),
      ...HISTORY_STORES.map((name) => tx.objectStore(name).getAllKeys()),
    ]);
    const rollups = new Map<DayKey, DailyRollup>(stored.map((rollup) => [rollup.day, rollup]));
    const touched = new Set<DayKey>();
    const raw = unwrap(tx);
    let sliceStart = performance.now();
    let last: IDBRequest | null = null;
    for (const [index, name] of HISTORY_STORES.entries()) {
      const present = new Set<string>(keys[index]);
      const store = raw.objectStore(name);
      const records: ReadonlyArray<{ id: string }> = history[name];
      for (const record of records) {
        if (present.has(record.id)) {
          counts.alreadyPresent[name] += 1;
          continue;
        }
        last = store.add(record);
        counts.added[name] += 1;
        const event = { store: name, record } as HistoryEvent;
        const day = rollupDayOf(event, dayKeyOf);
        rollups.set(day, applyToRollup(rollups.get(day) ?? emptyRollup(day), event));
        touched.add(day);
        if (performance.now() - sliceStart >= sliceMs) {
          await succeeded(last);
          last = null;
          sliceStart = performance.now();
        }
      }
    }
    const daily = raw.objectStore('daily');
    for (const day of touched) daily.put(rollups.get(day)!);
    const failure = await done;
    if (failure) throw failure;
    return { ok: true, ...counts };
  } catch (error) {
    // A failed request aborts on its own; a thrown call (quota checks in some engines) does not.
    try {
      tx.abort();
    } catch {
      // already aborted or finished
    }
    const failure = await done;
    // Name the cause, not the abort it led to (a request aborted by an earlier one's failure, say).
    const cause = isAbort(error) && failure ? failure : error;
    return { ok: false, problem: importProblem('write-failed', { reason: describe(cause) }) };
  }
}

function openTransaction(db: HistoryDatabase) {
  return db.transaction([...HISTORY_STORES, 'daily'], 'readwrite');
}

/** Resolves once `request` has succeeded (the transaction is still active then), rejects if it failed. */
function succeeded(request: IDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve());
    request.addEventListener('error', () => reject(request.error ?? new DOMException('failed', 'UnknownError')));
  });
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function describe(error: unknown): string {
  if (error instanceof Error || error instanceof DOMException) return error.name;
  return String(error);
}
