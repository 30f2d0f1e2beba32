import type { MoodChange } from '@/utils/domain/stats/mood-pairs';
import { useT } from '../i18n';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import './charts.css';

const WIDTH = 380;
const HEIGHT = 112;
const LEFT = 64;
const RIGHT = 30;
const ROWS = [26, 58];
const MOODS = [1, 2, 3, 4, 5] as const;
const MOOD_WORDS = ['mood1', 'mood2', 'mood3', 'mood4', 'mood5'] as const;
/** Changes smaller than this (on the 1–5 scale) read as "about the same". */
const SAME_CHANGE = 0.05;

/** Where a mood (1–5) sits on the horizontal scale. */
const moodX = (mood: number) => LEFT + ((mood - 1) / 4) * (WIDTH - LEFT - RIGHT);

/**
 * The person's average mood just before and just after kind acts, as two lollipops on the 1–5
 * scale, with the change in words; below the minimum number of pairs, an honest "not enough data yet".
 */
export function MoodChart({ change, days, formats }: { change: MoodChange; days: number; formats: JournalFormats }) {
  const t = useT();
  if (!change.enough) {
    return (
      <div class="chart">
        <p>{t('moodNotEnough', [formats.number(change.pairs), formats.number(change.needed)])}</p>
        <p class="muted">{t('moodNotEnoughHint')}</p>
      </div>
    );
  }
  const delta = change.averageChange;
  const trend = Math.abs(delta) < SAME_CHANGE ? 'moodSame' : delta > 0 ? 'moodRose' : 'moodFell';
  const rows = [
    { label: t('moodBefore'), value: change.averageBefore, css: 'chart-mood-before' },
    { label: t('moodAfter'), value: change.averageAfter, css: 'chart-mood-after' },
  ];
  const sentence = t(trend, formats.change(delta));
  const pairs = t('moodPairs', [formats.number(change.pairs), formats.number(days)]);
  return (
    <figure class="chart">
      <p class="chart-headline">{sentence}</p>
      <svg
        class="chart-svg chart-svg-small"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${sentence} ${pairs}`}
      >
        {MOODS.map((mood, i) => (
          <g key={mood}>
            <line class="chart-grid" x1={moodX(mood)} x2={moodX(mood)} y1={10} y2={74} />
            <text class="chart-label" x={moodX(mood)} y={HEIGHT - 14} text-anchor="middle">
              {t(MOOD_WORDS[i]!)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => (
          <g key={row.label} class={row.css}>
            <text class="chart-label" x={LEFT - 12} y={ROWS[i]} text-anchor="end" dominant-baseline="middle">
              {row.label}
            </text>
            <line class="chart-stem" x1={moodX(1)} x2={moodX(row.value)} y1={ROWS[i]} y2={ROWS[i]} />
            <circle class="chart-mood-dot" cx={moodX(row.value)} cy={ROWS[i]} r={7} />
          </g>
        ))}
      </svg>
      <p class="muted">{pairs}</p>
      <ChartTable
        caption={pairs}
        columns={[t('moodColumnWhen'), t('moodColumnAverage')]}
        rows={[
          [t('moodBefore'), formats.number(change.averageBefore)],
          [t('moodAfter'), formats.number(change.averageAfter)],
          [t('moodColumnChange'), formats.change(delta)],
        ]}
      />
    </figure>
  );
}
