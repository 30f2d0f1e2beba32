import { TIMELINE_FILTERS, type TimelineFilter } from '@/utils/domain/stats/journal-entries';
import { useT } from '../i18n';

const FILTER_LABELS = { week: 'timelineFilterWeek', month: 'timelineFilterMonth', all: 'timelineFilterAll' } as const;

/** Past week / past month / everything, as a radio group drawn as a segmented control. */
export function TimelineFilterControl(props: { value: TimelineFilter; onChange: (filter: TimelineFilter) => void }) {
  const t = useT();
  return (
    <fieldset class="segmented">
      <legend>{t('timelineFilterLegend')}</legend>
      {TIMELINE_FILTERS.map((filter) => (
        <span class="segment" key={filter}>
          <input
            type="radio"
            id={`timeline-filter-${filter}`}
            name="timeline-filter"
            value={filter}
            checked={props.value === filter}
            onChange={() => props.onChange(filter)}
          />
          <label for={`timeline-filter-${filter}`}>{t(FILTER_LABELS[filter])}</label>
        </span>
      ))}
    </fieldset>
  );
}
