import type { MoodChange } from '@/utils/domain/stats/mood-pairs';
import { useT } from '../i18n';
import { BarList } from './bar-list';
import { ChartTable } from './chart-table';
import type { JournalFormats } from './formats';
import './charts.css';

/**
 * Mood just before and just after kind acts, as honest pairs: how many pairs rose, stayed the
 * same or fell, and the median change in words. Below the stated minimum of pairs it says
 * "not enough check-ins yet" and how pairs come about, and claims nothing.
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
  const median = change.medianChange;
  const sentence = median === 0 ? t('moodSame') : t(median > 0 ? 'moodRose' : 'moodFell', formats.change(median));
  const pairs = t('moodPairs', [formats.number(change.pairs), formats.number(days)]);
  const rows = [
    { label: t('moodRoseCount'), value: change.rose, text: formats.number(change.rose) },
    { label: t('moodSameCount'), value: change.same, text: formats.number(change.same) },
    { label: t('moodFellCount'), value: change.fell, text: formats.number(change.fell) },
  ];
  return (
    <figure class="chart">
      <p class="chart-headline">{sentence}</p>
      <BarList rows={rows} label={`${sentence} ${rows.map((row) => `${row.label}: ${row.text}`).join(', ')}`} />
      <p class="muted">{pairs}</p>
      <ChartTable
        caption={pairs}
        columns={[t('moodColumnWhen'), t('moodColumnAverage')]}
        rows={[
          [t('moodBefore'), formats.number(change.averageBefore)],
          [t('moodAfter'), formats.number(change.averageAfter)],
          [t('moodColumnChange'), formats.change(change.averageChange)],
          [t('moodColumnMedian'), formats.change(median)],
        ]}
      />
    </figure>
  );
}
