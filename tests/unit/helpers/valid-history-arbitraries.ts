import fc from 'fast-check';
import type { HistoryContents } from '@/utils/domain/data/export-format';
import { EARLIEST_RECORD_AT } from '@/utils/domain/data/record-invariants';
import {
  EPISODE_END_REASONS,
  NUDGE_OUTCOMES,
  type ActRecord,
  type CheckinRecord,
  type EpisodeRecord,
  type NudgeRecord,
} from '@/utils/domain/history/records';
import { ACT_CATEGORIES } from '@/utils/domain/settings/schema';

/** When the generated files were exported (a fixed moment, never the real clock). */
export const EXPORTED_AT = Date.UTC(2026, 0, 1);
const WEEK = 7 * 24 * 3600_000;

export const id = fc.stringMatching(/^[\w-]{1,64}$/);
/** A time a record may carry: from 2020 to a week before the export, leaving room for a week-long episode. */
export const time = fc.integer({ min: EARLIEST_RECORD_AT, max: EXPORTED_AT - WEEK });
const upTo = (max: number) => fc.integer({ min: 0, max });
// Any text, including quotes, control characters and astral symbols (each counts twice in UTF-16).
export const text = (maxCodePoints: number) => fc.string({ unit: 'binary', maxLength: maxCodePoints });

/** Episodes that hold together: activity inside their span, doom inside activity, ended ones with a reason. */
export const episode: fc.Arbitrary<EpisodeRecord> = fc
  .record({
    id,
    startedAt: time,
    span: upTo(WEEK),
    active: fc.double({ min: 0, max: 1, noNaN: true }),
    doom: fc.double({ min: 0, max: 1, noNaN: true }),
    end: fc.option(fc.record({ after: upTo(60_000), reason: fc.constantFrom(...EPISODE_END_REASONS) }), { nil: null }),
    sites: fc.array(text(100), { maxLength: 5 }),
    nudgeLevel: upTo(3),
  })
  .map(({ id: recordId, startedAt, span, active, doom, end, sites, nudgeLevel }) => {
    const activeMs = Math.floor(span * active);
    return {
      id: recordId,
      startedAt,
      lastActivityAt: startedAt + span,
      endedAt: end ? startedAt + span + end.after : null,
      endReason: end ? end.reason : null,
      doomMs: Math.floor(activeMs * doom),
      activeMs,
      sites,
      nudgeLevel,
    };
  });

/** Nudges that hold together: shown ones unanswered, answered ones answered after they were shown. */
export const nudge: fc.Arbitrary<NudgeRecord> = fc
  .record({
    id,
    at: time,
    episodeId: fc.option(id, { nil: null }),
    site: fc.option(text(100), { nil: null }),
    level: fc.constantFrom(1 as const, 2 as const, 3 as const),
    actId: text(40),
    outcome: fc.constantFrom(...NUDGE_OUTCOMES),
    answeredAfter: upTo(WEEK),
  })
  .map(({ answeredAfter, ...record }) => ({
    ...record,
    outcomeAt: record.outcome === 'shown' ? null : record.at + answeredAfter,
  }));

export const act: fc.Arbitrary<ActRecord> = fc
  .record({
    id,
    at: time,
    startedBefore: fc.option(upTo(WEEK), { nil: null }),
    actId: text(40),
    title: text(120),
    category: fc.constantFrom(...ACT_CATEGORIES),
    note: text(500),
    nudgeId: fc.option(id, { nil: null }),
  })
  .map(({ startedBefore, ...record }) => ({
    ...record,
    startedAt: startedBefore === null ? null : Math.max(EARLIEST_RECORD_AT, record.at - startedBefore),
  }));

export const checkin: fc.Arbitrary<CheckinRecord> = fc.oneof(
  fc.record({ id, at: time, mood: fc.integer({ min: 1, max: 5 }), note: text(500) }).map((r) => ({
    ...r,
    context: 'standalone' as const,
    actRecordId: null,
  })),
  fc
    .record({
      id,
      at: time,
      mood: fc.integer({ min: 1, max: 5 }),
      note: text(500),
      actRecordId: fc.option(id, { nil: null }),
    })
    .map((r) => ({ ...r, context: 'before' as const })),
  fc.record({ id, at: time, mood: fc.integer({ min: 1, max: 5 }), note: text(500), actRecordId: id }).map((r) => ({
    ...r,
    context: 'after' as const,
  })),
);

const store = <T extends { id: string }>(record: fc.Arbitrary<T>, maxLength: number) =>
  fc.uniqueArray(record, { selector: (r) => r.id, maxLength });

/** A whole valid history, up to `maxPerStore` records in each store. */
export const history = (maxPerStore = 8): fc.Arbitrary<HistoryContents> =>
  fc.record({
    episodes: store(episode, maxPerStore),
    nudges: store(nudge, maxPerStore),
    acts: store(act, maxPerStore),
    checkins: store(checkin, maxPerStore),
  });
