import type { CategoryCount } from '@/utils/domain/stats/categories';
import { useT } from '../i18n';
import { CATEGORY_LABELS } from '../act-categories';
import { BarList } from './bar-list';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import './charts.css';

/** Kind acts per category as horizontal bars, most first, with the counts written at the bars' ends. */
export function CategoryChart({ counts, formats }: { counts: CategoryCount[]; formats: JournalFormats }) {
  const t = useT();
  const most = Math.max(0, ...counts.map((c) => c.acts));
  if (most === 0) return <p class="chart">{t('categoriesEmpty')}</p>;
  const rows = counts.map((c) => ({
    label: t(CATEGORY_LABELS[c.category]),
    value: c.acts,
    text: formats.number(c.acts),
  }));
  const summary = rows.map((row) => t('categoryCount', [row.label, row.text])).join(', ');
  return (
    <figure class="chart">
      <BarList rows={rows} label={summary} />
      <ChartTable
        caption={t('categoriesCaption')}
        columns={[t('categoriesColumnKind'), t('chartColumnActs')]}
        rows={rows.map((row) => [row.label, row.text])}
      />
    </figure>
  );
}
