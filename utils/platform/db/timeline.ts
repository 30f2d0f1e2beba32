import {
  isAfterCursor,
  mergeTimelinePage,
  TIMELINE_KINDS,
  type TimelineCursor,
  type TimelineItem,
  type TimelineKind,
  type TimelinePage,
} from '@/utils/domain/stats/timeline';
import { unwrap, type IDBPCursorWithValue, type IDBPTransaction, type StoreNames } from 'idb';
import type { HistoryDatabase } from './open-history-db';
import type { HistoryDb } from './schema';

/** What one timeline page asks for. Times are epoch ms, both ends included. */
export interface TimelineQuery {
  /** Items per page, at least 1. */
  limit: number;
  /** The previous page's `next`; absent or null for the newest page. */
  after?: TimelineCursor | null;
  /** Oldest time to list (a week or month filter); everything when absent. */
  from?: number;
  /** Newest time to list; everything when absent. */
  to?: number;
  /** Kinds to list; all when absent. */
  kinds?: readonly TimelineKind[];
}

const STORES = { act: 'acts', checkin: 'checkins', nudge: 'nudges', episode: 'episodes' } as const;

type ReadTx = IDBPTransaction<HistoryDb, StoreNames<HistoryDb>[], 'readonly'>;
type RecordStore = (typeof STORES)[TimelineKind];
type RecordCursor = IDBPCursorWithValue<HistoryDb, StoreNames<HistoryDb>[], RecordStore, string, 'readonly'>;

/**
 * One page of the timeline, newest first, across the record stores. Each store is read backwards
 * along its time index from the cursor, at most `limit + 1` records each, so a page costs the same
 * at the start of the history as deep inside 100,000 records.
 */
export async function readTimelinePage(db: HistoryDatabase, query: TimelineQuery): Promise<TimelinePage> {
  const limit = Math.max(1, Math.floor(query.limit));
  const kinds = [...new Set(query.kinds ?? TIMELINE_KINDS)];
  const after = query.after ?? null;
  const lower = query.from ?? -Infinity;
  const upper = Math.min(query.to ?? Infinity, after?.at ?? Infinity);
  if (kinds.length === 0 || lower > upper) return { items: [], next: null };
  const range = IDBKeyRange.bound(lower, upper);
  const tx = db.transaction(
    kinds.map((kind) => STORES[kind]),
    'readonly',
  );
  const lists = await Promise.all(
    kinds.map((kind) =>
      hasGetAllRecords(timeIndex(tx, kind))
        ? newestByRecords(tx, kind, range, after, limit)
        : newestByCursor(tx, kind, range, after, limit),
    ),
  );
  return mergeTimelinePage(lists, limit);
}

/** `IDBIndex#getAllRecords` (IndexedDB 3.0: Chromium 141+), which reads backwards in one request. */
type RecordsIndex = IDBIndex & {
  getAllRecords(options: {
    query: IDBKeyRange;
    count: number;
    direction: 'prev';
  }): IDBRequest<{ value: TimelineItem['record'] }[]>;
};

function hasGetAllRecords(index: IDBIndex): index is RecordsIndex {
  return typeof (index as Partial<RecordsIndex>).getAllRecords === 'function';
}

/**
 * The `limit` + 1 newest items of one kind after the cursor, in one request where the engine
 * can read backwards (a cursor step per record costs ten times more). Records sharing the
 * cursor's time that were already shown are skipped, so it asks again for more if they crowd the answer.
 */
async function newestByRecords(
  tx: ReadTx,
  kind: TimelineKind,
  range: IDBKeyRange,
  after: TimelineCursor | null,
  limit: number,
): Promise<TimelineItem[]> {
  const index = timeIndex(tx, kind) as RecordsIndex;
  for (let count = limit + 1; ; count *= 2) {
    const records = await requestResult(index.getAllRecords({ query: range, count, direction: 'prev' }));
    const items = records.map((record) => toItem(kind, record.value)).filter((item) => isAfterCursor(item, after));
    if (items.length > limit || records.length < count) return items.slice(0, limit + 1);
  }
}

/** The same, one cursor step at a time, for engines without `getAllRecords`. */
async function newestByCursor(
  tx: ReadTx,
  kind: TimelineKind,
  range: IDBKeyRange,
  after: TimelineCursor | null,
  limit: number,
): Promise<TimelineItem[]> {
  const items: TimelineItem[] = [];
  let cursor = await openBackwards(tx, kind, range);
  while (cursor && items.length <= limit) {
    const item = toItem(kind, cursor.value);
    if (isAfterCursor(item, after)) items.push(item);
    cursor = await cursor.continue();
  }
  return items;
}

/** The plain IndexedDB time index of one kind, unwrapped from idb's promise proxy. */
function timeIndex(tx: ReadTx, kind: TimelineKind): IDBIndex {
  const index =
    kind === 'episode' ? tx.objectStore('episodes').index('by-start') : tx.objectStore(STORES[kind]).index('by-time');
  return unwrap(index) as IDBIndex;
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A cursor walking one kind's time index from newest to oldest. */
function openBackwards(tx: ReadTx, kind: TimelineKind, range: IDBKeyRange): Promise<RecordCursor | null> {
  const index =
    kind === 'episode' ? tx.objectStore('episodes').index('by-start') : tx.objectStore(STORES[kind]).index('by-time');
  return index.openCursor(range, 'prev') as Promise<RecordCursor | null>;
}

function toItem(kind: TimelineKind, record: TimelineItem['record']): TimelineItem {
  const at = kind === 'episode' ? (record as { startedAt: number }).startedAt : (record as { at: number }).at;
  return { kind, at, id: record.id, record } as TimelineItem;
}
