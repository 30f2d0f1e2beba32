import type { HistoryEvent } from '@/utils/domain/stats/rollup';
import { openHistoryDb, type HistoryDatabase } from '@/utils/platform/db/open-history-db';
import type { HistoryRecords } from '@/tests/fixtures/history/generate-history';

let counter = 0;

/** A fresh, empty history database at the current version, under a name no other test uses. */
export async function freshHistoryDb(): Promise<HistoryDatabase> {
  const result = await openHistoryDb(`history-test-${++counter}-${Math.floor(performance.now())}`);
  if (!result.ok) throw new Error(result.message);
  return result.db;
}

/** Every record of the four stores, as events. */
export async function allEvents(db: HistoryDatabase): Promise<HistoryEvent[]> {
  const [episodes, nudges, acts, checkins] = await Promise.all([
    db.getAll('episodes'),
    db.getAll('nudges'),
    db.getAll('acts'),
    db.getAll('checkins'),
  ]);
  return [
    ...episodes.map((record) => ({ store: 'episodes' as const, record })),
    ...nudges.map((record) => ({ store: 'nudges' as const, record })),
    ...acts.map((record) => ({ store: 'acts' as const, record })),
    ...checkins.map((record) => ({ store: 'checkins' as const, record })),
  ];
}

/** Writes records straight into their stores in one transaction, bypassing the roll-ups (as an import does). */
export async function putRecords(db: HistoryDatabase, records: HistoryRecords): Promise<void> {
  const tx = db.transaction(['episodes', 'nudges', 'acts', 'checkins'], 'readwrite');
  for (const record of records.episodes) void tx.objectStore('episodes').put(record);
  for (const record of records.nudges) void tx.objectStore('nudges').put(record);
  for (const record of records.acts) void tx.objectStore('acts').put(record);
  for (const record of records.checkins) void tx.objectStore('checkins').put(record);
  await tx.done;
}
