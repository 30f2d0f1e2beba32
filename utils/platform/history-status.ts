import { openHistoryDb, type HistoryOpenResult } from './db/open-history-db';

let opening: Promise<HistoryOpenResult> | undefined;

/**
 * The history database for this page or worker, opened once and shared. A failed open is not
 * cached, so a later call tries again (the database may become available).
 */
export function getHistoryDb(): Promise<HistoryOpenResult> {
  if (!opening) {
    opening = openHistoryDb().then((result) => {
      if (!result.ok) opening = undefined;
      else result.db.addEventListener('close', () => (opening = undefined));
      return result;
    });
  }
  return opening;
}
