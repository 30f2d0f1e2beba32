import type { Totals } from '@/utils/domain/stats/totals';
import { useT } from '../i18n';
import type { JournalFormats } from './formats';

/** Everything since the first record: "42 kind acts since March 2026", then a few quiet figures. */
export function TotalsSummary({ totals, formats }: { totals: Totals; formats: JournalFormats }) {
  const t = useT();
  if (totals.since === null) return null;
  const month = formats.month(totals.since);
  const n = formats.number;
  const headline =
    totals.acts === 0
      ? t('totalsActsNone', month)
      : totals.acts === 1
        ? t('totalsActsOne', month)
        : t('totalsActsMany', [n(totals.acts), month]);
  const figures = [
    [t('totalsDaysWithActs'), n(totals.daysWithActs)],
    [t('totalsNudgesTaken'), n(totals.nudgesAccepted)],
    [t('totalsCheckins'), n(totals.checkins)],
  ];
  return (
    <>
      <p class="totals-headline">{headline}</p>
      <dl class="figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
