import type { SiteMinutes } from '@/utils/domain/stats/site-minutes';
import { useT } from '../i18n';
import { BarList } from './bar-list';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import { duration } from './plural';

/** Longest list of sites drawn; the rest are in the table. */
const SITES_SHOWN = 8;

/** Minutes of fast scrolling per watched site for the chosen range, the site that pulls hardest first. */
export function SiteMinutesView({ sites, formats }: { sites: SiteMinutes[] | null; formats: JournalFormats }) {
  const t = useT();
  if (sites === null) return <p class="muted">{t('siteMinutesLoading')}</p>;
  if (sites.length === 0) return <p class="chart-empty">{t('siteMinutesEmpty')}</p>;
  const rows = sites.map((site) => ({
    label: site.site,
    value: site.minutes,
    text: duration(t, formats, site.minutes),
  }));
  return (
    <div class="chart">
      <BarList
        rows={rows.slice(0, SITES_SHOWN)}
        tone="scroll"
        label={rows
          .slice(0, SITES_SHOWN)
          .map((row) => `${row.label}: ${row.text}`)
          .join(', ')}
      />
      <p class="muted">{t('siteMinutesNote')}</p>
      <ChartTable
        caption={t('siteMinutesCaption')}
        columns={[t('siteMinutesColumnSite'), t('chartColumnScrolling')]}
        rows={sites.map((site) => [site.site, formats.number(site.minutes)])}
      />
    </div>
  );
}
