import type { HistoryContents } from '@/utils/domain/data/export-format';
import { importHistory } from '@/utils/platform/data/import-history';
import { openHistoryDb, type HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';

/** Local days in UTC, for tests that fill roll-ups. */
export const UTC_DAYS = dayKeyOfZone('UTC');

let counter = 0;

/** Opens an empty history database under a name no other test uses. */
export async function openFreshHistoryDb(label = 'data'): Promise<HistoryDatabase> {
  const opened = await openHistoryDb(`${label}-${++counter}-${Math.random().toString(36).slice(2)}`);
  if (!opened.ok) throw new Error(opened.message);
  return opened.db;
}

/** A fresh database holding `history`. */
export async function seededHistoryDb(history: HistoryContents): Promise<HistoryDatabase> {
  const db = await openFreshHistoryDb('seeded');
  const merged = await importHistory(db, history, UTC_DAYS);
  if (!merged.ok) throw new Error(merged.problem.message);
  return db;
}
