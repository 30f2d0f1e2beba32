import * as v from 'valibot';
import { GiftSchema } from '../giving/gift';
import { ACT_CATEGORIES } from '../settings/schema';

/**
 * The records kept in the history database. Times are epoch milliseconds. These schemas validate
 * anything that enters the database from outside the background's own code (imports).
 */
const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const Duration = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600_000));
const Host = v.pipe(v.string(), v.maxLength(253));
const Note = v.pipe(v.string(), v.maxLength(1000));

/**
 * Why an episode ended. `imported`: it was still open in an import file, and was closed at its
 * last activity when imported (utils/domain/data/open-episodes.ts).
 */
export const EPISODE_END_REASONS = ['inactive', 'idle', 'gap', 'restart', 'imported'] as const;

/** One doom-scroll episode: continuous feed activity across watched sites and tabs. */
export const EpisodeRecordSchema = v.object({
  id: Id,
  startedAt: Time,
  /** Time of the last activity folded in; equals the end once the episode is closed. */
  lastActivityAt: Time,
  /** Set when the episode is finalised; null while it is open (checkpoints). */
  endedAt: v.nullable(Time),
  endReason: v.nullable(v.picklist(EPISODE_END_REASONS)),
  /** Milliseconds of doom-like scrolling. */
  doomMs: Duration,
  /** Milliseconds of any visible activity, doom-like or not. */
  activeMs: Duration,
  sites: v.pipe(v.array(Host), v.maxLength(100)),
  /** Highest nudge level shown in this episode (0: none). */
  nudgeLevel: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
});

export const NUDGE_OUTCOMES = [
  'shown',
  'accepted',
  'another',
  'not-now',
  'purposeful',
  'dismissed',
  'expired',
] as const;

/** A nudge that was shown, and what the person did with it. */
export const NudgeRecordSchema = v.object({
  id: Id,
  at: Time,
  episodeId: v.nullable(Id),
  site: v.nullable(Host),
  level: v.picklist([1, 2, 3]),
  actId: v.pipe(v.string(), v.maxLength(80)),
  outcome: v.picklist(NUDGE_OUTCOMES),
  outcomeAt: v.nullable(Time),
});

/** A kind act the person did. The title is kept as shown, so history reads the same later. */
export const ActRecordSchema = v.object({
  id: Id,
  /** When it was marked done. */
  at: Time,
  /** When the person started it (Do it), if known. */
  startedAt: v.nullable(Time),
  actId: v.pipe(v.string(), v.maxLength(80)),
  title: v.pipe(v.string(), v.maxLength(240)),
  category: v.picklist(ACT_CATEGORIES),
  note: Note,
  nudgeId: v.nullable(Id),
  /**
   * Which of the person's people (settings `acts.people`) the act was for, when it was offered
   * for one of them. Acts recorded before it was kept, and acts for no one in particular, have none.
   */
  personId: v.optional(Id),
  /** What the person said they gave for this act, only when they said so (DESIGN.md §6). */
  given: v.optional(GiftSchema),
});

export const CHECKIN_CONTEXTS = ['standalone', 'before', 'after'] as const;

/** A mood check-in, 1 (lowest) to 5. `actRecordId` ties a before/after pair to an act. */
export const CheckinRecordSchema = v.object({
  id: Id,
  at: Time,
  mood: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  context: v.picklist(CHECKIN_CONTEXTS),
  note: Note,
  actRecordId: v.nullable(Id),
});

export type EpisodeRecord = v.InferOutput<typeof EpisodeRecordSchema>;
export type NudgeRecord = v.InferOutput<typeof NudgeRecordSchema>;
export type ActRecord = v.InferOutput<typeof ActRecordSchema>;
export type CheckinRecord = v.InferOutput<typeof CheckinRecordSchema>;
export type EpisodeEndReason = (typeof EPISODE_END_REASONS)[number];
export type NudgeOutcome = (typeof NUDGE_OUTCOMES)[number];
export type CheckinContext = (typeof CHECKIN_CONTEXTS)[number];

export { HISTORY_STORES, type HistoryStoreName } from './stores';
