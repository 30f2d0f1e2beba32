import { openHistoryDb, type HistoryOpenResult } from './db/open-history-db';

let opening: Promise<HistoryOpenResult> | undefined;

/**
 * The history database for this page or worker, opened once and shared. A failed open is not
 * cached, so a later call tries again (the database may become available).
 */
export function getHistoryDb(): Promise<HistoryOpenResult> {
  if (!opening) {
    const forget = () => (opening = undefined);
    opening = openHistoryDb(undefined, forget).then((result) => {
      if (!result.ok) forget();
      return result;
    });
  }
  return opening;
}

/** Closes the shared connection, if open, so the next `getHistoryDb` opens afresh (tests, deletion). */
export async function closeHistoryDb(): Promise<void> {
  const current = opening;
  opening = undefined;
  const result = await current;
  if (result?.ok) result.db.close();
}
