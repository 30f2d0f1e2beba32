import type { NudgeRecord } from '@/utils/domain/history/records';
import type { DayKey } from '@/utils/domain/stats/day-key';
import {
  episodeNudgeOutcome,
  timelineFilterStart,
  type JournalEntry,
  type TimelineFilter,
  type TimelineKindFilter,
} from '@/utils/domain/stats/journal-entries';
import type { TimelineCursor } from '@/utils/domain/stats/timeline';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { readTimelinePage } from '@/utils/platform/db/timeline';

/** Entries per timeline page: a screenful or two, and a page costs the same at any depth. */
export const TIMELINE_PAGE_SIZE = 25;
/** Nudges are not entries of their own: each shows on its episode. */
const JOURNAL_KINDS = ['act', 'checkin', 'episode'] as const;

/** One page of the journal's timeline and the cursor of the next (null: nothing older). */
export interface JournalPage {
  entries: JournalEntry[];
  next: TimelineCursor | null;
}

/** Where to read from: the filters, the previous page's cursor, and the local day and zone. */
export interface JournalPageQuery {
  filter: TimelineFilter;
  /** Which kind of entries to list (`all`: every kind). */
  kind: TimelineKindFilter;
  after: TimelineCursor | null;
  today: DayKey;
  timeZone: string;
}

/**
 * Reads one timeline page through the time indexes, then the nudges of the page's episodes
 * through the `by-episode` index: at most one small index read per episode shown.
 */
export async function readJournalPage(db: HistoryDatabase, query: JournalPageQuery): Promise<JournalPage> {
  const page = await readTimelinePage(db, {
    limit: TIMELINE_PAGE_SIZE,
    after: query.after,
    from: timelineFilterStart(query.filter, query.today, query.timeZone),
    kinds: query.kind === 'all' ? JOURNAL_KINDS : [query.kind],
  });
  const episodeIds = page.items.filter((item) => item.kind === 'episode').map((item) => item.id);
  const nudges = await readEpisodeNudges(db, episodeIds);
  const entries = page.items.flatMap((item): JournalEntry[] => {
    if (item.kind === 'nudge') return [];
    if (item.kind !== 'episode') return [item];
    return [{ ...item, nudge: episodeNudgeOutcome(nudges.get(item.id) ?? []) }];
  });
  return { entries, next: page.next };
}

/** The nudges of each episode, read in one transaction. */
async function readEpisodeNudges(db: HistoryDatabase, episodeIds: string[]): Promise<Map<string, NudgeRecord[]>> {
  if (episodeIds.length === 0) return new Map();
  const index = db.transaction('nudges').store.index('by-episode');
  const lists = await Promise.all(episodeIds.map((id) => index.getAll(id)));
  return new Map(episodeIds.map((id, i) => [id, lists[i] ?? []]));
}
