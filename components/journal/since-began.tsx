import type { ComponentChildren } from 'preact';
import type { MessageKey } from '@/utils/domain/i18n';
import type { SinceTrend, SinceYouBegan } from '@/utils/domain/stats/since-began';
import { useT } from '../i18n';
import type { JournalFormats } from './formats';
import { duration, plural } from './plural';

const SCROLL_WORDS: Record<SinceTrend, MessageKey> = {
  less: 'sinceScrollLess',
  same: 'sinceScrollSame',
  more: 'sinceScrollMore',
};
const ACT_WORDS: Record<SinceTrend, MessageKey> = {
  less: 'sinceActsLess',
  same: 'sinceActsSame',
  more: 'sinceActsMore',
};

/**
 * "Since you began": the first two weeks beside the last two, in two sentences a person reads at
 * a glance and a small table. A change the wrong way is named plainly; with under six weeks of
 * history it only says when the comparison will appear. `children` is the place for gifts per
 * cause once the giving plan records them.
 */
export function SinceYouBeganView(props: {
  since: SinceYouBegan;
  formats: JournalFormats;
  children?: ComponentChildren;
}) {
  const t = useT();
  const { since, formats } = props;
  if (since.status === 'too-early') {
    const left = since.needed - since.days;
    return (
      <>
        <p>{t('sinceTooEarly')}</p>
        <p class="muted">{plural(t, formats, { one: 'sinceDaysLeft_one', other: 'sinceDaysLeft_other' }, left)}</p>
      </>
    );
  }
  const time = (minutes: number) => duration(t, formats, minutes);
  const n = formats.number;
  const lines = [
    t(SCROLL_WORDS[since.scrolling], [time(since.first.doomMinutesPerWeek), time(since.latest.doomMinutesPerWeek)]),
    t(ACT_WORDS[since.acts], [n(since.first.actsPerWeek), n(since.latest.actsPerWeek)]),
  ];
  return (
    <>
      <ul class="reflection-lines since-lines">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <table class="figures-table">
        <caption class="visually-hidden">{t('sinceCaption')}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t('sinceColumnFirst')}</th>
            <th scope="col">{t('sinceColumnLatest')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('sinceRowScrolling')}</th>
            <td>{time(since.first.doomMinutesPerWeek)}</td>
            <td>{time(since.latest.doomMinutesPerWeek)}</td>
          </tr>
          <tr>
            <th scope="row">{t('sinceRowActs')}</th>
            <td>{n(since.first.actsPerWeek)}</td>
            <td>{n(since.latest.actsPerWeek)}</td>
          </tr>
        </tbody>
      </table>
      {props.children}
    </>
  );
}
