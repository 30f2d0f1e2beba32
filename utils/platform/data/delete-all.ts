import { zeroCounts, type DeleteAllResult } from '@/utils/domain/data/outcomes';
import type { StoreCounts } from '@/utils/domain/data/export-format';
import { HISTORY_STORES } from '@/utils/domain/history/records';
import type { HistoryDatabase, HistoryOpenResult } from '../db/open-history-db';
import { holdingHistoryWrites } from '../db/history-writes';
import { getHistoryDb } from '../history-status';
import { resetAllStorage } from '../storage/settings-store';

/**
 * Empties every store of the history database (the four record stores and anything derived from
 * them) in one transaction, and says how many records each record store held. The database stays
 * open and usable, so the next write works at once.
 */
export async function clearHistory(db: HistoryDatabase): Promise<StoreCounts> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  // Requests run in the order they are made: the counts see the stores before they are cleared.
  const counting = HISTORY_STORES.map((name) => tx.objectStore(name).count());
  const clearing = names.map((name) => tx.objectStore(name).clear());
  const [counts] = await Promise.all([Promise.all(counting), Promise.all(clearing), tx.done]);
  const removed = zeroCounts();
  HISTORY_STORES.forEach((name, index) => (removed[name] = counts[index] ?? 0));
  return removed;
}

/**
 * Deletes everything Outward keeps: all history, then every storage area (settings go back to the
 * defaults). Host permissions stay granted; the extension keeps working. Background only. History
 * writes already on their way land before the deletion, never after it.
 */
export function deleteAllData(openDb: () => Promise<HistoryOpenResult> = getHistoryDb): Promise<DeleteAllResult> {
  return holdingHistoryWrites(() => deleteEverything(openDb));
}

async function deleteEverything(openDb: () => Promise<HistoryOpenResult>): Promise<DeleteAllResult> {
  let result: DeleteAllResult = { history: 'unavailable', removed: zeroCounts() };
  const opened = await openDb();
  if (opened.ok) {
    try {
      result = { history: 'cleared', removed: await clearHistory(opened.db) };
    } catch (error) {
      result = {
        history: 'failed',
        removed: zeroCounts(),
        reason: error instanceof Error ? error.name : String(error),
      };
    }
  }
  await resetAllStorage();
  return result;
}
