import {
  applyEntryEdit,
  entryEvent,
  pastActRecord,
  STORE_OF,
  type EntryEdit,
  type EntryRef,
  type PastAct,
} from '@/utils/domain/history/entry-edits';
import type { ActRecord, CheckinRecord } from '@/utils/domain/history/records';
import { dayKeyOfZone, type DayKey, type DayKeyOf } from '@/utils/domain/stats/day-key';
import type { DailyRollup, HistoryEvent } from '@/utils/domain/stats/rollup';
import { daysTouched, reviseRollups } from '@/utils/domain/stats/rollup-revise';
import { getHistoryDb } from '../history-status';
import type { Handlers } from '../messaging/router';
import { localDayKeyOf, localTimeZone } from '../time-zone';
import type { HistoryDatabase } from './open-history-db';

type Tx = ReturnType<typeof openTx>;
const openTx = (db: HistoryDatabase) =>
  db.transaction(['episodes', 'nudges', 'acts', 'checkins', 'daily'], 'readwrite');

/**
 * Replaces (`next`) or removes (no `next`) one record inside `tx` and corrects the roll-ups of the
 * days it touches with the pure delta of `reviseRollups`: the old contribution out, the new one in.
 */
async function reviseRecord(tx: Tx, previous: HistoryEvent, next: HistoryEvent | undefined, dayKeyOf: DayKeyOf) {
  const daily = tx.objectStore('daily');
  const days: DayKey[] = daysTouched(previous, next, dayKeyOf);
  const stored = await Promise.all(days.map((day) => daily.get(day)));
  const byDay = new Map(stored.filter((r): r is DailyRollup => r !== undefined).map((r) => [r.day, r]));
  const revision = reviseRollups(byDay, previous, next, dayKeyOf);
  const records = tx.objectStore(previous.store);
  await Promise.all([
    next ? records.put(next.record as never) : records.delete(previous.record.id),
    ...revision.put.map((rollup) => daily.put(rollup)),
    ...revision.remove.map((day) => daily.delete(day)),
  ]);
}

/** Corrects an act's note or a check-in's mood and note, with its day's roll-up, in one transaction. */
export async function editEntry(db: HistoryDatabase, edit: EntryEdit, dayKeyOf: DayKeyOf): Promise<boolean> {
  const tx = openTx(db);
  const store = STORE_OF[edit.kind];
  const stored = (await tx.objectStore(store).get(edit.id)) as ActRecord | CheckinRecord | undefined;
  if (stored) {
    const next = applyEntryEdit(stored, edit);
    await reviseRecord(tx, entryEvent(edit.kind, stored), entryEvent(edit.kind, next), dayKeyOf);
  }
  await tx.done;
  return stored !== undefined;
}

/**
 * Removes one entry and takes it out of its day's roll-up, in one transaction. An episode takes
 * its nudges with it: the journal shows them as part of the episode.
 */
export async function deleteEntry(db: HistoryDatabase, ref: EntryRef, dayKeyOf: DayKeyOf): Promise<boolean> {
  const tx = openTx(db);
  const stored = await tx.objectStore(STORE_OF[ref.kind]).get(ref.id);
  if (stored) {
    if (ref.kind === 'episode') {
      const nudges = await tx.objectStore('nudges').index('by-episode').getAll(ref.id);
      for (const record of nudges) await reviseRecord(tx, { store: 'nudges', record }, undefined, dayKeyOf);
    }
    await reviseRecord(tx, entryEvent(ref.kind, stored), undefined, dayKeyOf);
  }
  await tx.done;
  return stored !== undefined;
}

/** Adds a kind act done away from the computer on its day, with the roll-up; null for a future day. */
export async function addPastAct(
  db: HistoryDatabase,
  input: PastAct,
  id: string,
  now: number,
  timeZone: string,
): Promise<ActRecord | null> {
  const record = pastActRecord(input, id, timeZone, now);
  if (!record) return null;
  const tx = db.transaction(['acts', 'daily'], 'readwrite');
  const dayKeyOf = dayKeyOfZone(timeZone);
  const daily = tx.objectStore('daily');
  const stored = await daily.get(dayKeyOf(record.at));
  const byDay = new Map(stored ? [[stored.day, stored]] : []);
  const revision = reviseRollups(byDay, undefined, { store: 'acts', record }, dayKeyOf);
  await Promise.all([tx.objectStore('acts').put(record), ...revision.put.map((rollup) => daily.put(rollup)), tx.done]);
  return record;
}

async function historyDb(): Promise<HistoryDatabase> {
  const history = await getHistoryDb();
  if (!history.ok) throw new Error(`history unavailable: ${history.message}`);
  return history.db;
}

/** The background's answers to the journal's corrections; registered beside the other handlers. */
export function createEntryEditHandlers(
  deps = { now: Date.now, newId: () => crypto.randomUUID() },
): Pick<Handlers, 'history/edit-entry' | 'history/delete-entry' | 'history/add-act'> {
  return {
    'history/edit-entry': async (edit) => ({ found: await editEntry(await historyDb(), edit, localDayKeyOf()) }),
    'history/delete-entry': async (ref) => ({ found: await deleteEntry(await historyDb(), ref, localDayKeyOf()) }),
    'history/add-act': async (input) => ({
      act: await addPastAct(await historyDb(), input, deps.newId(), deps.now(), localTimeZone()),
    }),
  };
}
