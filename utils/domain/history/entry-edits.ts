import * as v from 'valibot';
import { ACT_CATEGORIES, type ActCategory } from '../settings/schema';
import { addDays, dayStartMs, isDayKey } from '../stats/day-key';
import type { HistoryEvent } from '../stats/rollup';
import { ActRecordSchema, CheckinRecordSchema, type ActRecord, type CheckinRecord } from './records';

/** The kinds of journal entries a person can correct or remove. */
export const EDITABLE_KINDS = ['act', 'checkin', 'episode'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];

/** The store each kind of entry lives in. */
export const STORE_OF = { act: 'acts', checkin: 'checkins', episode: 'episodes' } as const;

const Id = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));
const Note = v.pipe(v.string(), v.maxLength(1000));

/** A correction to one entry: an act's note, or a check-in's mood and note. */
export const EntryEditSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('act'), id: Id, note: Note }),
  v.strictObject({ kind: v.literal('checkin'), id: Id, note: Note, mood: v.picklist([1, 2, 3, 4, 5]) }),
]);
export type EntryEdit = v.InferOutput<typeof EntryEditSchema>;

/** Which entry to remove. */
export const EntryRefSchema = v.strictObject({ kind: v.picklist(EDITABLE_KINDS), id: Id });
export type EntryRef = v.InferOutput<typeof EntryRefSchema>;

/** A kind act done away from the computer, added afterwards with the day it was done. */
export const PastActSchema = v.strictObject({
  day: v.pipe(v.string(), v.check(isDayKey, 'not a calendar day')),
  title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(240)),
  category: v.picklist(ACT_CATEGORIES),
  note: Note,
});
export type PastAct = v.InferOutput<typeof PastActSchema>;

/** An act's or check-in's record with the correction applied; refuses an edit of the wrong kind. */
export function applyEntryEdit(stored: ActRecord | CheckinRecord, edit: EntryEdit): ActRecord | CheckinRecord {
  if (edit.kind === 'act') return v.parse(ActRecordSchema, { ...(stored as ActRecord), note: edit.note });
  return v.parse(CheckinRecordSchema, { ...(stored as CheckinRecord), note: edit.note, mood: edit.mood });
}

/**
 * The record of a kind act added afterwards: placed in the middle of its local day (midday on
 * ordinary days, 12:30 on a 23-hour one), as far from both midnights as it can be; or now, if the
 * day is today and its middle has not come yet. Null for a day that has not begun.
 */
export function pastActRecord(input: PastAct, id: string, timeZone: string, now: number): ActRecord | null {
  const start = dayStartMs(input.day, timeZone);
  const middle = Math.floor((start + dayStartMs(addDays(input.day, 1), timeZone)) / 2);
  const at = Math.min(middle, now);
  if (at < start) return null;
  return {
    id,
    at,
    startedAt: null,
    actId: 'own',
    title: input.title,
    category: input.category as ActCategory,
    note: input.note,
    nudgeId: null,
  };
}

/** A record as a roll-up event of its kind's store. */
export function entryEvent(kind: EditableKind, record: HistoryEvent['record']): HistoryEvent {
  return { store: STORE_OF[kind], record } as HistoryEvent;
}
