import * as v from 'valibot';
import type { HistoryEvent } from '../stats/rollup';
import { ActRecordSchema, CheckinRecordSchema, EpisodeRecordSchema, NudgeRecordSchema } from './records';

/**
 * Most history writes the outbox keeps. A record is a few hundred bytes, so a full outbox stays
 * far inside `storage.local`'s quota; a record written again (an episode's checkpoints) takes one place.
 */
export const MAX_PENDING_WRITES = 500;

const PendingWriteSchema = v.variant('store', [
  v.object({ store: v.literal('episodes'), record: EpisodeRecordSchema }),
  v.object({ store: v.literal('nudges'), record: NudgeRecordSchema }),
  v.object({ store: v.literal('acts'), record: ActRecordSchema }),
  v.object({ store: v.literal('checkins'), record: CheckinRecordSchema }),
]);

/** History writes that failed (database unavailable, disk full) and wait to be tried again, oldest first. */
export interface Outbox {
  writes: HistoryEvent[];
  /** Writes let go because the outbox was full, since it was last empty. */
  dropped: number;
}

/** What pages tell the person: how many writes wait, and how many had to be let go. */
export interface OutboxStatus {
  waiting: number;
  dropped: number;
}

/** The outbox with nothing waiting. */
export const EMPTY_OUTBOX: Readonly<Outbox> = Object.freeze({ writes: [], dropped: 0 });

const sameRecord = (a: HistoryEvent, b: HistoryEvent) => a.store === b.store && a.record.id === b.record.id;

/**
 * Adds a failed write at the end. Records are written whole, so an older queued version of the same
 * record is replaced rather than kept; past `limit` the oldest writes go and are counted in `dropped`.
 */
export function queueWrite(outbox: Outbox, write: HistoryEvent, limit = MAX_PENDING_WRITES): Outbox {
  const writes = [...outbox.writes.filter((queued) => !sameRecord(queued, write)), write];
  const over = Math.max(0, writes.length - limit);
  return { writes: writes.slice(over), dropped: outbox.dropped + over };
}

/** The outbox after its first `saved` writes reached the database; empty (dropped count and all) once nothing waits. */
export function settleWrites(outbox: Outbox, saved: number): Outbox {
  const writes = outbox.writes.slice(saved);
  return writes.length === 0 ? { ...EMPTY_OUTBOX, writes: [] } : { writes, dropped: outbox.dropped };
}

/**
 * Queued episodes still open when the detector state that held them was lost (browser restart) can
 * no longer end normally: they end at their last activity with the reason `restart`, as the ones
 * in the database do. The episode still open in the detector (`openId`) is left alone.
 */
export function finaliseQueuedEpisodes(outbox: Outbox, openId: string | null): Outbox {
  const writes = outbox.writes.map((write): HistoryEvent => {
    if (write.store !== 'episodes' || write.record.endedAt !== null || write.record.id === openId) return write;
    return {
      store: 'episodes',
      record: { ...write.record, endedAt: write.record.lastActivityAt, endReason: 'restart' },
    };
  });
  return { writes, dropped: outbox.dropped };
}

/**
 * Reads a stored outbox back. A write that does not pass its record's schema is left out and
 * counted as dropped, so it is reported rather than written into history.
 */
export function parseOutbox(stored: unknown): { outbox: Outbox; broken: number } {
  if (stored === undefined) return { outbox: { ...EMPTY_OUTBOX, writes: [] }, broken: 0 };
  const shape = v.safeParse(
    v.object({ writes: v.array(v.unknown()), dropped: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
    stored,
  );
  if (!shape.success) return { outbox: { ...EMPTY_OUTBOX, writes: [] }, broken: 1 };
  const writes = shape.output.writes.flatMap((write) => {
    const parsed = v.safeParse(PendingWriteSchema, write);
    return parsed.success ? [parsed.output as HistoryEvent] : [];
  });
  const broken = shape.output.writes.length - writes.length;
  return { outbox: { writes, dropped: shape.output.dropped + broken }, broken };
}
