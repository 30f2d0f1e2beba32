import type { CategoryCount } from '@/utils/domain/stats/categories';
import { useT } from '../i18n';
import { CATEGORY_LABELS } from '../act-categories';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import { scaleTo } from './scale';
import './charts.css';

const WIDTH = 380;
const ROW = 30;
const LABEL_W = 125;
const COUNT_W = 44;

/** Kind acts per category as horizontal bars, most first, with the counts written at the bars' ends. */
export function CategoryChart({ counts, formats }: { counts: CategoryCount[]; formats: JournalFormats }) {
  const t = useT();
  const most = Math.max(0, ...counts.map((c) => c.acts));
  if (most === 0) return <p class="chart">{t('categoriesEmpty')}</p>;
  const rows = counts.map((c) => ({ label: t(CATEGORY_LABELS[c.category]), acts: c.acts }));
  const summary = rows.map((row) => t('categoryCount', [row.label, formats.number(row.acts)])).join(', ');
  const height = rows.length * ROW + 8;
  return (
    <figure class="chart">
      <svg class="chart-svg chart-svg-small" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
        {rows.map((row, i) => {
          const middle = 4 + i * ROW + ROW / 2;
          const length = scaleTo(row.acts, most, WIDTH - LABEL_W - COUNT_W);
          return (
            <g key={row.label}>
              <text
                class="chart-label chart-label-strong"
                x={LABEL_W - 10}
                y={middle}
                text-anchor="end"
                dominant-baseline="middle"
              >
                {row.label}
              </text>
              <rect
                class="chart-bar-acts"
                x={LABEL_W}
                y={middle - ROW * 0.3}
                width={length}
                height={ROW * 0.6}
                rx={3}
              />
              <text class="chart-label" x={LABEL_W + length + 6} y={middle} dominant-baseline="middle">
                {formats.number(row.acts)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartTable
        caption={t('categoriesCaption')}
        columns={[t('categoriesColumnKind'), t('chartColumnActs')]}
        rows={rows.map((row) => [row.label, formats.number(row.acts)])}
      />
    </figure>
  );
}
