import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeRecord } from '../history/records';

/** What the journal's timeline lists, in the order used to break ties at the same instant. */
export const TIMELINE_KINDS = ['act', 'checkin', 'nudge', 'episode'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** One entry of the timeline; `at` is the record's time (an episode's start). */
export type TimelineItem =
  | { kind: 'act'; at: number; id: string; record: ActRecord }
  | { kind: 'checkin'; at: number; id: string; record: CheckinRecord }
  | { kind: 'nudge'; at: number; id: string; record: NudgeRecord }
  | { kind: 'episode'; at: number; id: string; record: EpisodeRecord };

/** Where a page ended: the last item shown. Plain JSON, so it can travel in a message. */
export interface TimelineCursor {
  at: number;
  kind: TimelineKind;
  id: string;
}

/** One page of the timeline and the cursor for the next one (null: nothing older). */
export interface TimelinePage {
  items: TimelineItem[];
  next: TimelineCursor | null;
}

const rank = (kind: TimelineKind) => TIMELINE_KINDS.indexOf(kind);

/**
 * Timeline order, newest first: by time descending, then by kind, then by id descending (the order
 * a backwards index cursor visits records with equal times). Negative when `a` comes first.
 */
export function compareTimeline(a: TimelineCursor, b: TimelineCursor): number {
  if (a.at !== b.at) return b.at - a.at;
  if (a.kind !== b.kind) return rank(a.kind) - rank(b.kind);
  if (a.id === b.id) return 0;
  return a.id < b.id ? 1 : -1;
}

/** Whether an item comes after the cursor, i.e. belongs on a later page. */
export function isAfterCursor(item: TimelineCursor, cursor: TimelineCursor | null): boolean {
  return cursor === null || compareTimeline(item, cursor) > 0;
}

/**
 * Merges per-kind lists (each already in timeline order and holding `limit` + 1 items after
 * the cursor, or all there are) into one page of at most `limit` items.
 */
export function mergeTimelinePage(lists: readonly (readonly TimelineItem[])[], limit: number): TimelinePage {
  const merged = lists.flat().sort(compareTimeline);
  const items = merged.slice(0, limit);
  const last = items.at(-1);
  const next = merged.length > limit && last ? { at: last.at, kind: last.kind, id: last.id } : null;
  return { items, next };
}
