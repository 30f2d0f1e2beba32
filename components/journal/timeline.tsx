import { groupByDay, type JournalEntry, type TimelineFilter } from '@/utils/domain/stats/journal-entries';
import { useT } from '../i18n';
import type { JournalFormats } from './formats';
import { TimelineEntry } from './timeline-entry';
import { TimelineFilterControl } from './timeline-filter';
import './timeline.css';

/** What the timeline shows and whether more can be fetched. */
export interface TimelineState {
  filter: TimelineFilter;
  entries: JournalEntry[];
  /** Older entries exist beyond the last one shown. */
  hasMore: boolean;
  /** A page is being fetched (a new filter or "Show more"). */
  loading: boolean;
  /** The last fetch failed. */
  failed: boolean;
}

/**
 * The history, newest first and grouped by day, with a time filter and "Show more" for older
 * entries. Focus stays on "Show more" as entries are added above it; a status line says how many show.
 */
export function Timeline(props: {
  state: TimelineState;
  formats: JournalFormats;
  onFilter: (filter: TimelineFilter) => void;
  onShowMore: () => void;
}) {
  const t = useT();
  const { state, formats } = props;
  const groups = groupByDay(state.entries, formats.dayOf);
  return (
    <>
      <TimelineFilterControl value={state.filter} onChange={props.onFilter} />
      {groups.map((group) => (
        <section class="timeline-day" key={group.day} aria-labelledby={`day-${group.day}`}>
          <h3 id={`day-${group.day}`}>{formats.longDay(group.day)}</h3>
          <ol class="timeline-entries">
            {group.entries.map((entry) => (
              <TimelineEntry key={`${entry.kind}-${entry.id}`} entry={entry} formats={formats} />
            ))}
          </ol>
        </section>
      ))}
      {!state.loading && state.entries.length === 0 && <p>{t('timelineEmptyFilter')}</p>}
      <p class="muted timeline-status" role="status">
        {state.failed
          ? t('errorGeneric')
          : state.entries.length > 0
            ? t(state.hasMore ? 'timelineShowing' : 'timelineShowingAll', formats.number(state.entries.length))
            : ''}
      </p>
      {state.hasMore && (
        <button type="button" class="show-more" onClick={props.onShowMore} aria-busy={state.loading}>
          {t('timelineShowMore')}
        </button>
      )}
    </>
  );
}
