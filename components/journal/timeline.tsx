import {
  groupByDay,
  type JournalEntry,
  type TimelineFilter,
  type TimelineKindFilter,
} from '@/utils/domain/stats/journal-entries';
import type { Milestone } from '@/utils/domain/stats/milestones';
import { useT } from '../i18n';
import type { EntryChanges } from './entry-actions';
import type { JournalFormats } from './formats';
import { MilestoneNote } from './milestone-note';
import { plural } from './plural';
import { TimelineEntry } from './timeline-entry';
import { TimelineFilterControl, TimelineKindControl } from './timeline-filter';
import './timeline.css';

/** What the timeline shows and whether more can be fetched. */
export interface TimelineState {
  filter: TimelineFilter;
  kind: TimelineKindFilter;
  entries: JournalEntry[];
  /** Older entries exist beyond the last one shown. */
  hasMore: boolean;
  /** A page is being fetched (a new filter or "Show more"). */
  loading: boolean;
  /** The last fetch failed. */
  failed: boolean;
}

/**
 * The history, newest first and grouped by day, with time and kind filters and "Show more" for
 * older entries; a day's milestones sit quietly under its heading. Focus stays on "Show more" as
 * entries are added above it; a status line says how many show.
 */
export function Timeline(props: {
  state: TimelineState;
  formats: JournalFormats;
  milestones: readonly Milestone[];
  changes: EntryChanges;
  onFilter: (filter: TimelineFilter) => void;
  onKind: (kind: TimelineKindFilter) => void;
  onShowMore: () => void;
}) {
  const t = useT();
  const { state, formats } = props;
  const groups = groupByDay(state.entries, formats.dayOf);
  const count = state.entries.length;
  return (
    <>
      <div class="timeline-filters">
        <TimelineFilterControl value={state.filter} onChange={props.onFilter} />
        <TimelineKindControl value={state.kind} onChange={props.onKind} />
      </div>
      {groups.map((group) => (
        <section class="timeline-day" key={group.day} aria-labelledby={`day-${group.day}`}>
          <h3 id={`day-${group.day}`}>{formats.longDay(group.day)}</h3>
          {props.milestones
            .filter((milestone) => milestone.day === group.day)
            .map((milestone) => (
              <MilestoneNote key={`${milestone.kind}-${milestone.day}`} milestone={milestone} formats={formats} />
            ))}
          <ol class="timeline-entries">
            {group.entries.map((entry) => (
              <TimelineEntry
                key={`${entry.kind}-${entry.id}`}
                entry={entry}
                formats={formats}
                changes={props.changes}
              />
            ))}
          </ol>
        </section>
      ))}
      {!state.loading && state.entries.length === 0 && <p>{t('timelineEmptyFilter')}</p>}
      <p class="muted timeline-status" role="status">
        {state.failed
          ? t('errorGeneric')
          : count > 0
            ? plural(
                t,
                formats,
                state.hasMore
                  ? { one: 'timelineShowing_one', other: 'timelineShowing_other' }
                  : { one: 'timelineShowingAll_one', other: 'timelineShowingAll_other' },
                count,
              )
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
