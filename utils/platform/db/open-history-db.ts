import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { localDayKeyOf } from '../time-zone';
import { fillRollups } from './rollups';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, type HistoryDb } from './schema';

export type HistoryDatabase = IDBPDatabase<HistoryDb>;

/** Opening the history either works or says plainly why not; callers never see an exception. */
export type HistoryOpenResult =
  { ok: true; db: HistoryDatabase } | { ok: false; reason: 'unavailable'; message: string };

/**
 * Opens (and creates or upgrades) the history database. Fails soft: in private modes, or when
 * IndexedDB is missing or broken, it resolves to `{ ok: false, reason: 'unavailable' }` so pages
 * can say that history cannot be kept while everything else goes on working. `onClosed` runs when
 * the connection is closed for an upgrade or by the browser, so callers can drop a cached handle.
 */
export async function openHistoryDb(
  name: string = HISTORY_DB_NAME,
  onClosed: () => void = () => undefined,
): Promise<HistoryOpenResult> {
  if (typeof indexedDB === 'undefined') {
    return { ok: false, reason: 'unavailable', message: 'IndexedDB is not available in this context' };
  }
  try {
    const db = await openDB<HistoryDb>(name, HISTORY_DB_VERSION, {
      upgrade: upgradeHistoryDb,
      blocking(_current, _blocked, event) {
        // A newer version of Outward (another context after an update) wants to upgrade: let it.
        (event.target as IDBDatabase).close();
        onClosed();
      },
      // The browser closed the connection (storage cleared, disk error).
      terminated: onClosed,
    });
    return { ok: true, db };
  } catch (error) {
    return { ok: false, reason: 'unavailable', message: describeError(error) };
  }
}

/**
 * The upgrade chain. Each `if (oldVersion < N)` block is a shipped step: never edit one, only
 * append. Existing stores are reached through `tx`, never re-created.
 */
export function upgradeHistoryDb(
  db: IDBPDatabase<HistoryDb>,
  oldVersion: number,
  _newVersion: number | null,
  tx: IDBPTransaction<HistoryDb, StoreNames<HistoryDb>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const episodes = db.createObjectStore('episodes', { keyPath: 'id' });
    episodes.createIndex('by-start', 'startedAt');
    const nudges = db.createObjectStore('nudges', { keyPath: 'id' });
    nudges.createIndex('by-time', 'at');
    nudges.createIndex('by-episode', 'episodeId');
    const acts = db.createObjectStore('acts', { keyPath: 'id' });
    acts.createIndex('by-time', 'at');
    const checkins = db.createObjectStore('checkins', { keyPath: 'id' });
    checkins.createIndex('by-time', 'at');
  }
  if (oldVersion < 2) {
    db.createObjectStore('daily', { keyPath: 'day' });
    // Roll-ups of the records kept so far. Should that fail, abort: version 1 stays as it was.
    fillRollups(tx, localDayKeyOf()).catch(() => abortQuietly(tx));
  }
}

/** Aborts a transaction that may already have ended on its own. */
function abortQuietly(tx: IDBPTransaction<HistoryDb, StoreNames<HistoryDb>[], 'versionchange'>): void {
  try {
    tx.abort();
  } catch {
    // Already aborted or finished: nothing left to undo.
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
