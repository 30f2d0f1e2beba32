import { CHART_RANGES, type ChartRange } from '@/utils/domain/stats/bins';
import { useT } from '../i18n';

const RANGE_LABELS = { days30: 'rangeDays30', weeks12: 'rangeWeeks12', all: 'rangeAll' } as const;

/** 30 days / 12 weeks / all time, for every chart of the journal, as a segmented radio group. */
export function RangeChooser(props: { value: ChartRange; onChange: (range: ChartRange) => void }) {
  const t = useT();
  return (
    <fieldset class="segmented">
      <legend>{t('rangeLegend')}</legend>
      {CHART_RANGES.map((range) => (
        <span class="segment" key={range}>
          <input
            type="radio"
            id={`chart-range-${range}`}
            name="chart-range"
            value={range}
            checked={props.value === range}
            onChange={() => props.onChange(range)}
          />
          <label for={`chart-range-${range}`}>{t(RANGE_LABELS[range])}</label>
        </span>
      ))}
    </fieldset>
  );
}
