import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { localDayKeyOf } from '../time-zone';
import { fillRollups } from './rollups';
import { HISTORY_DB_NAME, HISTORY_DB_VERSION, type HistoryDb } from './schema';

export type HistoryDatabase = IDBPDatabase<HistoryDb>;

/** Opening the history either works or says plainly why not; callers never see an exception. */
export type HistoryOpenResult =
  | { ok: true; db: HistoryDatabase }
  | { ok: false; reason: 'unavailable'; message: string }
  /** An older Outward page holds the database open and keeps it from being upgraded. */
  | { ok: false; reason: 'blocked'; message: string };

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
  let answerBlocked: (result: HistoryOpenResult) => void = () => undefined;
  const blocked = new Promise<HistoryOpenResult>((resolve) => (answerBlocked = resolve));
  // `async`: an engine that throws at once (private modes) rejects like one that fails later.
  const opening = (async () =>
    openDB<HistoryDb>(name, HISTORY_DB_VERSION, {
      upgrade: upgradeHistoryDb,
      // An older Outward page (open since before an update) holds the database and does not let go:
      // say so plainly instead of waiting without a word.
      blocked: () => answerBlocked({ ok: false, reason: 'blocked', message: BLOCKED_MESSAGE }),
      blocking(_current, _blocked, event) {
        // A newer version of Outward (another context after an update) wants to upgrade: let it.
        (event.target as IDBDatabase).close();
        onClosed();
      },
      // The browser closed the connection (storage cleared, disk error).
      terminated: onClosed,
    }))();
  const opened = opening.then(
    (db): HistoryOpenResult => ({ ok: true, db }),
    (error: unknown): HistoryOpenResult => ({ ok: false, reason: 'unavailable', message: describeError(error) }),
  );
  const result = await Promise.race([opened, blocked]);
  // Told it was blocked: a connection that opens later is closed, so the next open starts clean.
  if (!result.ok) void opened.then((late) => late.ok && late.db.close());
  return result;
}

/** What a page shows when an older Outward page keeps the history from being upgraded. */
export const BLOCKED_MESSAGE =
  'The history is being updated, but another Outward page opened before the update still holds it: close other Outward pages and tabs, then reload this one.';

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
