import { useRef, useState } from 'preact/hooks';
import type { TimelineState } from '@/components/journal/timeline';
import type { TimelineFilter, TimelineKindFilter } from '@/utils/domain/stats/journal-entries';
import type { TimelineCursor } from '@/utils/domain/stats/timeline';
import type { JournalPage } from './journal-page';

/** Reads one page of the filters after a cursor (null: the newest page). */
export type PageSource = (
  filter: TimelineFilter,
  kind: TimelineKindFilter,
  after: TimelineCursor | null,
) => Promise<JournalPage>;

/**
 * The timeline's pages: starts from the page read with the rest of the journal, replaces the
 * entries when a filter changes and appends on "Show more". A reply to a superseded request
 * (the filter changed meanwhile) is dropped.
 */
export function useTimeline(readPage: PageSource, first: JournalPage) {
  const [state, setState] = useState<TimelineState>({
    filter: 'all',
    kind: 'all',
    entries: first.entries,
    hasMore: first.next !== null,
    loading: false,
    failed: false,
  });
  const next = useRef(first.next);
  const latest = useRef(0);

  const load = (filter: TimelineFilter, kind: TimelineKindFilter, after: TimelineCursor | null) => {
    const request = ++latest.current;
    setState((s) => ({ ...s, filter, kind, loading: true, failed: false }));
    readPage(filter, kind, after).then(
      (page) => {
        if (request !== latest.current) return;
        next.current = page.next;
        setState((s) => ({
          filter,
          kind,
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
    setFilter: (filter: TimelineFilter) => load(filter, state.kind, null),
    setKind: (kind: TimelineKindFilter) => load(state.filter, kind, null),
    /** Reads the newest page again with the same filters, after an entry changed. */
    reload: () => load(state.filter, state.kind, null),
    showMore: () => {
      if (!state.loading && next.current) load(state.filter, state.kind, next.current);
    },
  };
}
