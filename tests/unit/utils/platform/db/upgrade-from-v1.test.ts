import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '@/utils/domain/stats/rollup';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { openHistoryDb } from '@/utils/platform/db/open-history-db';
import { localDayKeyOf } from '@/utils/platform/time-zone';
import dump from '@/tests/fixtures/db/history-v1.json';

type StoreName = 'episodes' | 'nudges' | 'acts' | 'checkins';
const RECORD_STORES: StoreName[] = ['episodes', 'nudges', 'acts', 'checkins'];

/* ------------------------------------------------------------------------------------------------
 * DO NOT EDIT. A frozen copy of the version-1 upgrade step as it shipped, so this test builds the
 * database an existing install really has. It must not follow later changes to open-history-db.ts.
 * ---------------------------------------------------------------------------------------------- */
function createVersion1(db: IDBPDatabase) {
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
/* -------------------------------------- end of frozen code -------------------------------------- */

/** The stores and indexes of a database, in the fixture's shape. */
function layoutOf(db: IDBPDatabase, names: readonly string[]) {
  const tx = db.transaction([...names]);
  return names.map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].sort().map((indexName) => {
      const index = store.index(indexName);
      return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    return { name, keyPath: store.keyPath, indexes };
  });
}

let counter = 0;

async function version1Database(records: typeof dump.records): Promise<string> {
  const name = `history-v1-${++counter}`;
  const db = await openDB(name, 1, { upgrade: createVersion1 });
  expect(layoutOf(db, RECORD_STORES)).toEqual(dump.stores);
  const tx = db.transaction(RECORD_STORES, 'readwrite');
  for (const store of RECORD_STORES) for (const record of records[store]) void tx.objectStore(store).put(record);
  await tx.done;
  db.close();
  return name;
}

describe('upgrading a version-1 history database', () => {
  it('keeps every record, exactly, in the same stores and indexes', async () => {
    const name = await version1Database(dump.records);

    const opened = await openHistoryDb(name);

    if (!opened.ok) throw new Error(opened.message);
    expect(opened.db.version).toBe(2);
    for (const store of RECORD_STORES) expect(await opened.db.getAll(store)).toEqual(dump.records[store]);
    expect(layoutOf(opened.db as unknown as IDBPDatabase, RECORD_STORES)).toEqual(dump.stores);
    opened.db.close();
  });

  it('fills the daily roll-ups from the records already kept', async () => {
    const name = await version1Database(dump.records);
    const events = RECORD_STORES.flatMap((store) =>
      dump.records[store].map((record) => ({ store, record }) as HistoryEvent),
    );

    const opened = await openHistoryDb(name);

    if (!opened.ok) throw new Error(opened.message);
    const daily = await opened.db.getAll('daily');
    expect(daily).toEqual(rollupsFromRecords(events, localDayKeyOf()));
    expect(daily.reduce((sum, day) => sum + day.acts, 0)).toBe(dump.records.acts.length);
    opened.db.close();
  });

  it('upgrades an empty version-1 database to empty roll-ups', async () => {
    const name = await version1Database({ episodes: [], nudges: [], acts: [], checkins: [] });

    const opened = await openHistoryDb(name);

    expect(opened.ok && (await opened.db.count('daily'))).toBe(0);
  });
});
