import { useRef, useState } from 'preact/hooks';
import type { TimelineState } from '@/components/journal/timeline';
import type { TimelineFilter } from '@/utils/domain/stats/journal-entries';
import type { TimelineCursor } from '@/utils/domain/stats/timeline';
import type { JournalPage } from './journal-page';

/** Reads one page of a filter after a cursor (null: the newest page). */
export type PageSource = (filter: TimelineFilter, after: TimelineCursor | null) => Promise<JournalPage>;

/**
 * The timeline's pages: starts from the page read with the rest of the journal, replaces the
 * entries when the filter changes and appends on "Show more". A reply to a superseded request
 * (the filter changed meanwhile) is dropped.
 */
export function useTimeline(readPage: PageSource, first: JournalPage) {
  const [state, setState] = useState<TimelineState>({
    filter: 'all',
    entries: first.entries,
    hasMore: first.next !== null,
    loading: false,
    failed: false,
  });
  const next = useRef(first.next);
  const latest = useRef(0);

  const load = (filter: TimelineFilter, after: TimelineCursor | null) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, filter, loading: true, failed: false }));
    readPage(filter, after).then(
      (page) => {
        if (request !== latest.current) return;
        next.current = page.next;
        setState((s) => ({
          filter,
          entries: after ? [...s.entries, ...page.entries] : page.entries,
          hasMore: page.next !== null,
          loading: false,
          failed: false,
        }));
      },
      () => request === latest.current && setState((s) => ({ ...s, loading: false, failed: true })),
    );
  };

  return {
    state,
    setFilter: (filter: TimelineFilter) => load(filter, null),
    showMore: () => {
      if (!state.loading && next.current) load(state.filter, next.current);
    },
  };
}
