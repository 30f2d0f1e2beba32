// The journal's charts are plain SVG drawn by Preact, not a charting library: the three small
// charts need a few rects, lines and labels, which costs a few kilobytes here against 40–200 KB
// gzip for a library on a page that must render in 300 ms; and drawing them ourselves gives full
// control over accessibility (one labelled image, a real table beside it, no canvas, no tooltips
// that only a mouse can reach) and theming (every colour is a CSS variable, so both schemes work).
import type { DayPoint } from '@/utils/domain/stats/series';
import { useT } from '../i18n';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import { niceAxis, scaleTo } from './scale';
import './charts.css';

const WIDTH = 720;
const HEIGHT = 256;
const MARGIN = { top: 30, right: 40, bottom: 30, left: 44 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
/** Every seventh day is labelled on the time axis, counting back from today. */
const LABEL_EVERY = 7;

/** Doom-scroll minutes (bars, left axis) against kind acts (dots, right axis) per day, oldest first. */
export function DailyChart({ series, formats }: { series: DayPoint[]; formats: JournalFormats }) {
  const t = useT();
  const minutes = niceAxis(Math.max(0, ...series.map((p) => p.doomMinutes)));
  const acts = niceAxis(Math.max(0, ...series.map((p) => p.acts)), 3);
  const slot = PLOT_W / Math.max(1, series.length);
  const x = (i: number) => MARGIN.left + i * slot + slot / 2;
  const y = (value: number, max: number) => MARGIN.top + PLOT_H - scaleTo(value, max, PLOT_H);
  const total = (key: 'doomMinutes' | 'acts') => series.reduce((sum, p) => sum + p[key], 0);
  const summary = t('chartDailySummary', [
    formats.number(series.length),
    formats.number(total('doomMinutes')),
    formats.number(total('acts')),
  ]);
  return (
    <figure class="chart">
      <ul class="chart-legend">
        <li>
          <span class="swatch swatch-scroll" aria-hidden="true" />
          {t('chartLegendScrolling')}
        </li>
        <li>
          <span class="swatch swatch-acts" aria-hidden="true" />
          {t('chartLegendActs')}
        </li>
      </ul>
      <svg class="chart-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {minutes.ticks.map((tick) => (
          <g key={tick}>
            <line
              class="chart-grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(tick, minutes.max)}
              y2={y(tick, minutes.max)}
            />
            <text
              class="chart-label"
              x={MARGIN.left - 6}
              y={y(tick, minutes.max)}
              text-anchor="end"
              dominant-baseline="middle"
            >
              {formats.number(tick)}
            </text>
          </g>
        ))}
        {acts.ticks.map((tick) => (
          <text
            key={tick}
            class="chart-label chart-label-acts"
            x={WIDTH - MARGIN.right + 6}
            y={y(tick, acts.max)}
            dominant-baseline="middle"
          >
            {formats.number(tick)}
          </text>
        ))}
        <text class="chart-label" x={MARGIN.left - 6} y={12} text-anchor="end">
          {t('chartAxisMinutes')}
        </text>
        <text class="chart-label chart-label-acts" x={WIDTH - MARGIN.right + 6} y={12}>
          {t('chartAxisActs')}
        </text>
        {series.map((point, i) => (
          <rect
            key={point.day}
            class="chart-bar"
            x={x(i) - slot * 0.35}
            width={slot * 0.7}
            y={y(point.doomMinutes, minutes.max)}
            height={scaleTo(point.doomMinutes, minutes.max, PLOT_H)}
          />
        ))}
        {series.map((point, i) =>
          point.acts > 0 ? (
            <circle key={point.day} class="chart-dot" cx={x(i)} cy={y(point.acts, acts.max)} r={5} />
          ) : null,
        )}
        {series.map((point, i) =>
          (series.length - 1 - i) % LABEL_EVERY === 0 ? (
            <text key={point.day} class="chart-label" x={x(i)} y={HEIGHT - 8} text-anchor="middle">
              {formats.shortDay(point.day)}
            </text>
          ) : null,
        )}
      </svg>
      <ChartTable
        caption={summary}
        columns={[t('chartColumnDay'), t('chartColumnScrolling'), t('chartColumnActs')]}
        rows={series.map((p) => [formats.shortDay(p.day), formats.number(p.doomMinutes), formats.number(p.acts)])}
      />
    </figure>
  );
}
