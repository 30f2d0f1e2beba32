import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeOutcome, NudgeRecord } from '../history/records';
import { addDays, dayStartMs, type DayKey } from './day-key';

/** The journal timeline's time filters: the past 7 days, the past 30 days, or everything. */
export const TIMELINE_FILTERS = ['week', 'month', 'all'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

/** The timeline's kind filters: everything, or only kind acts, check-ins or long scrolls. */
export const TIMELINE_KIND_FILTERS = ['all', 'act', 'checkin', 'episode'] as const;
export type TimelineKindFilter = (typeof TIMELINE_KIND_FILTERS)[number];

/** Days a filter covers, today included. */
const FILTER_DAYS: Record<Exclude<TimelineFilter, 'all'>, number> = { week: 7, month: 30 };

/** One entry of the journal's timeline; an episode carries the outcome of its nudges (null: none). */
export type JournalEntry =
  | { kind: 'act'; at: number; id: string; record: ActRecord }
  | { kind: 'checkin'; at: number; id: string; record: CheckinRecord }
  | { kind: 'episode'; at: number; id: string; record: EpisodeRecord; nudge: NudgeOutcome | null };

/** Entries of one local day, in timeline order. */
export interface DayGroup<T> {
  day: DayKey;
  entries: T[];
}

/** The first instant (epoch ms) a filter lists, in a time zone; undefined for everything. */
export function timelineFilterStart(filter: TimelineFilter, today: DayKey, timeZone: string): number | undefined {
  if (filter === 'all') return undefined;
  return dayStartMs(addDays(today, 1 - FILTER_DAYS[filter]), timeZone);
}

/**
 * What came of an episode's nudges, as one outcome: taken up if any nudge was, otherwise what
 * happened to the latest one. Null when the episode had no nudge.
 */
export function episodeNudgeOutcome(nudges: readonly NudgeRecord[]): NudgeOutcome | null {
  if (nudges.some((nudge) => nudge.outcome === 'accepted')) return 'accepted';
  let latest: NudgeRecord | undefined;
  for (const nudge of nudges) if (!latest || nudge.at >= latest.at) latest = nudge;
  return latest?.outcome ?? null;
}

/** Groups entries already in timeline order by the local day they fall on, keeping the order. */
export function groupByDay<T extends { at: number }>(
  entries: readonly T[],
  dayOf: (at: number) => DayKey,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const entry of entries) {
    const day = dayOf(entry.at);
    const last = groups.at(-1);
    if (last?.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}
