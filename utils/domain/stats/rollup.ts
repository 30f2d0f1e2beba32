import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeRecord } from '../history/records';
import type { ActCategory } from '../settings/schema';
import type { DayKey, DayKeyOf } from './day-key';

/**
 * What one local day holds, kept up to date as records are written so that statistics read a few
 * hundred of these instead of scanning the record stores. Derived data: always rebuildable.
 */
export interface DailyRollup {
  day: DayKey;
  /** Doom-like scrolling (ms) of the episodes that started this day. */
  doomMs: number;
  /** Visible activity (ms) of the episodes that started this day. */
  activeMs: number;
  episodes: number;
  acts: number;
  /** Kind acts per category; categories with none are left out. */
  actsByCategory: Partial<Record<ActCategory, number>>;
  /** Nudges shown this day (every nudge record is one shown nudge). */
  nudgesShown: number;
  /** Of those, the ones taken up (`outcome: 'accepted'`). */
  nudgesAccepted: number;
  checkins: number;
  /** Sum of the moods (1–5) of this day's check-ins; the average is `moodSum / checkins`. */
  moodSum: number;
}

/** A record as written to one of the history stores. */
export type HistoryEvent =
  | { store: 'episodes'; record: EpisodeRecord }
  | { store: 'nudges'; record: NudgeRecord }
  | { store: 'acts'; record: ActRecord }
  | { store: 'checkins'; record: CheckinRecord };

/** A day with nothing in it. */
export function emptyRollup(day: DayKey): DailyRollup {
  return {
    day,
    doomMs: 0,
    activeMs: 0,
    episodes: 0,
    acts: 0,
    actsByCategory: {},
    nudgesShown: 0,
    nudgesAccepted: 0,
    checkins: 0,
    moodSum: 0,
  };
}

/** Epoch ms that places a record on a day: an episode's start, everything else's `at`. */
export function eventTime(event: HistoryEvent): number {
  return event.store === 'episodes' ? event.record.startedAt : event.record.at;
}

/** The local day a record counts towards. */
export function rollupDayOf(event: HistoryEvent, dayKeyOf: DayKeyOf): DayKey {
  return dayKeyOf(eventTime(event));
}

/** Adds one record to a day (or takes it away with `sign` -1, as when a record is replaced). */
export function applyToRollup(rollup: DailyRollup, event: HistoryEvent, sign: 1 | -1 = 1): DailyRollup {
  const next: DailyRollup = { ...rollup, actsByCategory: { ...rollup.actsByCategory } };
  switch (event.store) {
    case 'episodes':
      next.episodes += sign;
      next.doomMs += sign * event.record.doomMs;
      next.activeMs += sign * event.record.activeMs;
      break;
    case 'nudges':
      next.nudgesShown += sign;
      if (event.record.outcome === 'accepted') next.nudgesAccepted += sign;
      break;
    case 'acts': {
      const category = event.record.category;
      next.acts += sign;
      const count = (next.actsByCategory[category] ?? 0) + sign;
      if (count === 0) delete next.actsByCategory[category];
      else next.actsByCategory[category] = count;
      break;
    }
    case 'checkins':
      next.checkins += sign;
      next.moodSum += sign * event.record.mood;
      break;
  }
  return next;
}

/** Whether a day holds nothing at all (such days are not stored). */
export function isEmptyRollup(rollup: DailyRollup): boolean {
  return (
    rollup.episodes === 0 &&
    rollup.doomMs === 0 &&
    rollup.activeMs === 0 &&
    rollup.acts === 0 &&
    Object.keys(rollup.actsByCategory).length === 0 &&
    rollup.nudgesShown === 0 &&
    rollup.nudgesAccepted === 0 &&
    rollup.checkins === 0 &&
    rollup.moodSum === 0
  );
}
