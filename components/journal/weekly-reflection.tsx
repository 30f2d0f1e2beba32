import type { MessageKey } from '@/utils/domain/i18n';
import { scrollingTrend, type ScrollingTrend } from '@/utils/domain/stats/reflection';
import type { WeeklyReflection } from '@/utils/domain/stats/weekly';
import { useT } from '../i18n';
import type { JournalFormats } from './formats';

const TREND_WORDS: Record<ScrollingTrend, MessageKey> = {
  none: 'reflectionScrollNone',
  less: 'reflectionScrollLess',
  same: 'reflectionScrollSame',
  more: 'reflectionScrollMore',
};

/**
 * This week so far against the same days of last week, in warm words first and figures after.
 * A heavier week is named plainly and kindly; nothing here counts against the person.
 */
export function WeeklyReflectionView(props: { weekly: WeeklyReflection; actDays: number; formats: JournalFormats }) {
  const t = useT();
  const { thisWeek, lastWeekToDate } = props.weekly;
  const n = props.formats.number;
  const lines = [
    t(TREND_WORDS[scrollingTrend(thisWeek.doomMinutes, lastWeekToDate.doomMinutes)]),
    props.actDays === 0
      ? t('reflectionActDaysNone')
      : props.actDays === 1
        ? t('reflectionActDaysOne')
        : t('reflectionActDaysMany', n(props.actDays)),
  ];
  if (thisWeek.nudgesAccepted === 1) lines.push(t('reflectionNudgesOne'));
  if (thisWeek.nudgesAccepted > 1) lines.push(t('reflectionNudgesMany', n(thisWeek.nudgesAccepted)));
  const rows = [
    [
      t('reflectionRowScrolling'),
      t('minutesValue', n(thisWeek.doomMinutes)),
      t('minutesValue', n(lastWeekToDate.doomMinutes)),
    ],
    [t('reflectionRowActs'), n(thisWeek.acts), n(lastWeekToDate.acts)],
    [t('reflectionRowNudges'), n(thisWeek.nudgesAccepted), n(lastWeekToDate.nudgesAccepted)],
  ];
  return (
    <>
      <ul class="reflection-lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <table class="figures-table">
        <caption class="visually-hidden">{t('reflectionCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('reflectionColumnThisWeek')}</th>
            <th scope="col">{t('reflectionColumnLastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, now, before]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{now}</td>
              <td>{before}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
