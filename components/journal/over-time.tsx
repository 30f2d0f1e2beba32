import type { BinnedSeries, ChartRange } from '@/utils/domain/stats/bins';
import type { MessageKey } from '@/utils/domain/i18n';
import type { SiteMinutes } from '@/utils/domain/stats/site-minutes';
import { useT } from '../i18n';
import { BinChart, binLabel } from './bin-chart';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import { plural } from './plural';
import { RangeChooser } from './range-chooser';
import { SiteMinutesView } from './site-minutes';

const TITLES: Record<BinnedSeries['size'], { doomMinutes: MessageKey; acts: MessageKey; column: MessageKey }> = {
  day: { doomMinutes: 'chartScrollPerDay', acts: 'chartActsPerDay', column: 'chartColumnDay' },
  week: { doomMinutes: 'chartScrollPerWeek', acts: 'chartActsPerWeek', column: 'chartColumnWeek' },
  month: { doomMinutes: 'chartScrollPerMonth', acts: 'chartActsPerMonth', column: 'chartColumnMonth' },
};

/** What the table's caption says for each range and bin size. */
function captionKey(range: ChartRange, size: BinnedSeries['size']): MessageKey {
  if (range === 'days30') return 'chartCaptionDays30';
  if (range === 'weeks12') return 'chartCaptionWeeks12';
  return size === 'month' ? 'chartCaptionAllMonths' : 'chartCaptionAllWeeks';
}

/**
 * The journal over time: one range chooser for every chart, then fast scrolling and kind acts as
 * two small charts with their own axes (never two quantities on one grid), one table of both,
 * and the minutes per site for the same range. A range with nothing in it says so, without a chart.
 */
export function OverTime(props: {
  range: ChartRange;
  series: BinnedSeries;
  sites: SiteMinutes[] | null;
  formats: JournalFormats;
  onRange: (range: ChartRange) => void;
}) {
  const t = useT();
  const { series, formats } = props;
  const titles = TITLES[series.size];
  const minutes = series.bins.reduce((sum, bin) => sum + bin.doomMinutes, 0);
  const acts = series.bins.reduce((sum, bin) => sum + bin.acts, 0);
  const caption = t(captionKey(props.range, series.size));
  return (
    <>
      <RangeChooser value={props.range} onChange={props.onRange} />
      {minutes === 0 && acts === 0 ? (
        <p class="chart-empty">{t('chartRangeEmpty')}</p>
      ) : (
        <>
          <div class="small-multiples">
            <BinChart
              title={t(titles.doomMinutes)}
              summary={`${caption}. ${plural(t, formats, { one: 'chartTotalMinutes_one', other: 'chartTotalMinutes_other' }, minutes)}`}
              bins={series.bins}
              size={series.size}
              quantity="doomMinutes"
              formats={formats}
            />
            <BinChart
              title={t(titles.acts)}
              summary={`${caption}. ${plural(t, formats, { one: 'chartTotalActs_one', other: 'chartTotalActs_other' }, acts)}`}
              bins={series.bins}
              size={series.size}
              quantity="acts"
              formats={formats}
            />
          </div>
          <ChartTable
            caption={caption}
            columns={[t(titles.column), t('chartColumnScrolling'), t('chartColumnActs')]}
            rows={series.bins.map((bin) => [
              binLabel(bin, series.size, formats),
              formats.number(bin.doomMinutes),
              formats.number(bin.acts),
            ])}
          />
        </>
      )}
      <h3 id="site-minutes-heading" class="subheading">
        {t('siteMinutesHeading')}
      </h3>
      <SiteMinutesView sites={props.sites} formats={formats} />
    </>
  );
}
