import { finaliseQueuedEpisodes, queueWrite, settleWrites, type Outbox } from '@/utils/domain/history/pending-writes';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import type { HistoryEvent } from '@/utils/domain/stats/rollup';
import { getHistoryDb } from '../history-status';
import { readOutbox, writeOutbox } from '../storage/outbox-store';
import { localDayKeyOf } from '../time-zone';
import type { HistoryDatabase } from './open-history-db';
import { putWithRollup } from './record-with-rollup';

// Only the background writes history, one mailbox task at a time (entrypoints/background/mailbox.ts),
// so the read-modify-write of the outbox below needs no queue of its own.

/**
 * Writes one record with its day's roll-up, in one transaction, by id (`put`): writing it again
 * changes nothing. Throws when the write fails. The one function every history write ends in.
 */
export async function saveRecord(db: HistoryDatabase, write: HistoryEvent, dayKeyOf: DayKeyOf): Promise<void> {
  await putWithRollup(db, write.store, write.record, dayKeyOf);
}

/** Writes one record with its roll-up; throws when the database cannot be opened or the write fails. */
async function save(write: HistoryEvent, dayKeyOf: DayKeyOf): Promise<void> {
  const history = await getHistoryDb();
  if (!history.ok) throw new Error(`history unavailable: ${history.message}`);
  await saveRecord(history.db, write, dayKeyOf);
}

/** Tries the queued writes oldest first and stops at the first that fails (the disk is full for all of them). */
async function flush(outbox: Outbox, dayKeyOf: DayKeyOf): Promise<Outbox> {
  let saved = 0;
  try {
    for (const write of outbox.writes) {
      await save(write, dayKeyOf);
      saved += 1;
    }
  } catch (error) {
    console.warn(`[outward] ${outbox.writes.length - saved} history writes still waiting`, error);
  }
  return settleWrites(outbox, saved);
}

async function keep(outbox: Outbox, write: HistoryEvent): Promise<Outbox> {
  const next = queueWrite(outbox, write);
  if (next.dropped > outbox.dropped) console.warn('[outward] history outbox full: the oldest writes were let go');
  await writeOutbox(next);
  return next;
}

/** Imports whose merge is running (in this worker's memory: a stopped worker's merge is gone with it). */
let importsMerging = 0;

/**
 * While a large import merges (one transaction over every history store, many seconds long),
 * `writeHistory` keeps its writes in the outbox instead of waiting behind that transaction, so the
 * mailbox task that made them (a scroll summary's checkpoint, a nudge record) ends at once. Call
 * the returned function when the merge has ended, then `flushHistoryWrites` writes what waited.
 */
export function deferHistoryWrites(): () => void {
  importsMerging += 1;
  let released = false;
  return () => {
    if (!released) importsMerging -= 1;
    released = true;
  };
}

/**
 * Writes a history record (with its roll-up), or keeps it in `local:pendingWrites` when the
 * database cannot be opened or refuses the write (`QuotaExceededError`), to be tried again on the
 * next write, alarm or start-up, or while an import merges (`deferHistoryWrites`). While older
 * writes wait, this one queues behind them, so a newer version of a record never gets overwritten
 * by an older one. Resolves to what happened.
 */
export async function writeHistory(
  write: HistoryEvent,
  dayKeyOf: DayKeyOf = localDayKeyOf(),
): Promise<'saved' | 'queued'> {
  const outbox = await readOutbox();
  if (importsMerging > 0) {
    await keep(outbox, write);
    return 'queued';
  }
  if (outbox.writes.length > 0) {
    const after = await flush(await keep(outbox, write), dayKeyOf);
    await writeOutbox(after);
    return after.writes.includes(write) ? 'queued' : 'saved';
  }
  try {
    await save(write, dayKeyOf);
    return 'saved';
  } catch (error) {
    console.warn(`[outward] a ${write.store} record could not be saved; it will be tried again`, error);
    await keep(outbox, write);
    return 'queued';
  }
}

/** Tries every waiting history write again (unless an import is merging); resolves to how many still wait. */
export async function flushHistoryWrites(dayKeyOf: DayKeyOf = localDayKeyOf()): Promise<number> {
  const outbox = await readOutbox();
  if (outbox.writes.length === 0 || importsMerging > 0) return outbox.writes.length;
  const after = await flush(outbox, dayKeyOf);
  await writeOutbox(after);
  return after.writes.length;
}

/**
 * Runs `work`. Kept for delete-all, which once needed a queue here: every history write now runs
 * in the background's mailbox, where delete-all is a task of its own, so no write is in flight.
 */
export function holdingHistoryWrites<T>(work: () => Promise<T>): Promise<T> {
  return work();
}

/** After a browser restart: waiting episodes other than `openId` end with the reason `restart`. */
export async function finaliseWaitingEpisodes(openId: string | null): Promise<void> {
  const outbox = await readOutbox();
  if (outbox.writes.length > 0) await writeOutbox(finaliseQueuedEpisodes(outbox, openId));
}
