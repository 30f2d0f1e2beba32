import {
  TIMELINE_FILTERS,
  TIMELINE_KIND_FILTERS,
  type TimelineFilter,
  type TimelineKindFilter,
} from '@/utils/domain/stats/journal-entries';
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

const KIND_LABELS = {
  all: 'timelineKindAll',
  act: 'timelineKindAct',
  checkin: 'timelineKindCheckin',
  episode: 'timelineKindEpisode',
} as const;

/** Every kind / kind acts / check-ins / long scrolls, as a second segmented radio group. */
export function TimelineKindControl(props: {
  value: TimelineKindFilter;
  onChange: (kind: TimelineKindFilter) => void;
}) {
  const t = useT();
  return (
    <fieldset class="segmented">
      <legend>{t('timelineKindLegend')}</legend>
      {TIMELINE_KIND_FILTERS.map((kind) => (
        <span class="segment" key={kind}>
          <input
            type="radio"
            id={`timeline-kind-${kind}`}
            name="timeline-kind"
            value={kind}
            checked={props.value === kind}
            onChange={() => props.onChange(kind)}
          />
          <label for={`timeline-kind-${kind}`}>{t(KIND_LABELS[kind])}</label>
        </span>
      ))}
    </fieldset>
  );
}
