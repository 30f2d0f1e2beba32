import type { DayKey, DayKeyOf } from './day-key';
import { applyToRollup, emptyRollup, isEmptyRollup, rollupDayOf, type DailyRollup, type HistoryEvent } from './rollup';

/** The roll-up writes that one record change needs: days to store, days to delete. */
export interface RollupRevision {
  put: DailyRollup[];
  remove: DayKey[];
}

/** The days whose roll-ups a record change touches: the old record's day and the new one's. */
export function daysTouched(
  previous: HistoryEvent | undefined,
  next: HistoryEvent | undefined,
  dayKeyOf: DayKeyOf,
): DayKey[] {
  const days = [previous, next].flatMap((event) => (event ? [rollupDayOf(event, dayKeyOf)] : []));
  return [...new Set(days)];
}

/**
 * Replaces `previous` (the record as stored before, if any) by `next` (none: deleted) in the
 * roll-ups. Taking the old contribution away before adding the new one makes writing the same
 * record twice (an episode checkpoint, a changed nudge outcome or mood) count it once.
 */
export function reviseRollups(
  stored: ReadonlyMap<DayKey, DailyRollup>,
  previous: HistoryEvent | undefined,
  next: HistoryEvent | undefined,
  dayKeyOf: DayKeyOf,
): RollupRevision {
  const changed = new Map<DayKey, DailyRollup>();
  const current = (day: DayKey) => changed.get(day) ?? stored.get(day) ?? emptyRollup(day);
  if (previous) {
    const day = rollupDayOf(previous, dayKeyOf);
    changed.set(day, applyToRollup(current(day), previous, -1));
  }
  if (next) {
    const day = rollupDayOf(next, dayKeyOf);
    changed.set(day, applyToRollup(current(day), next, 1));
  }
  const revision: RollupRevision = { put: [], remove: [] };
  for (const rollup of changed.values()) {
    if (isEmptyRollup(rollup)) revision.remove.push(rollup.day);
    else revision.put.push(rollup);
  }
  return revision;
}

/** Collects roll-ups from records fed one at a time, for a full rebuild. */
export interface RollupAccumulator {
  add(event: HistoryEvent): void;
  /** The roll-ups of every day seen, oldest first. */
  result(): DailyRollup[];
}

/** A fresh accumulator that places records on days with `dayKeyOf`. */
export function createRollupAccumulator(dayKeyOf: DayKeyOf): RollupAccumulator {
  const byDay = new Map<DayKey, DailyRollup>();
  return {
    add(event) {
      const day = rollupDayOf(event, dayKeyOf);
      byDay.set(day, applyToRollup(byDay.get(day) ?? emptyRollup(day), event));
    },
    result: () => [...byDay.values()].filter((r) => !isEmptyRollup(r)).sort((a, b) => (a.day < b.day ? -1 : 1)),
  };
}

/** Roll-ups computed from scratch from whole record lists. */
export function rollupsFromRecords(events: Iterable<HistoryEvent>, dayKeyOf: DayKeyOf): DailyRollup[] {
  const accumulator = createRollupAccumulator(dayKeyOf);
  for (const event of events) accumulator.add(event);
  return accumulator.result();
}
