import type { MessageKey, Translate } from '@/utils/domain/i18n';
import type { SinceTrend, SinceYouBegan } from '@/utils/domain/stats/since-began';
import type { PeopleReached, SinceReach, WindowGifts } from '@/utils/domain/stats/since-reach';
import { givenText } from '../giving/given-text';
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
const PEOPLE_WORDS: Record<SinceTrend, MessageKey> = {
  less: 'sincePeopleLess',
  same: 'sincePeopleSame',
  more: 'sincePeopleMore',
};

/**
 * "Since you began": the first two weeks beside the last two, in a few sentences a person reads
 * at a glance and a small table: fast scrolling and kind acts a week, how many different people
 * the acts were for, and what was given (per currency, never converted) to how many causes. A
 * change the wrong way is named plainly; people and gifts are left out when there is nothing
 * honest to compare, and a first fortnight that did not record whom its acts were for is not set
 * beside the last one; with under six weeks of history it only says when the comparison will appear.
 */
export function SinceYouBeganView(props: {
  since: SinceYouBegan;
  /** People reached and gifts of the same two fortnights; null while unknown. */
  reach?: SinceReach | null;
  formats: JournalFormats;
  /** Locale for amounts of money. */
  locale: string;
}) {
  const t = useT();
  const { since, formats, locale } = props;
  const reach = props.reach ?? null;
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
  const { people, gifts } = reach ?? { people: null, gifts: null };
  const given = (window: WindowGifts) => givenPhrase(t, formats, window, locale);
  const lines = [
    t(SCROLL_WORDS[since.scrolling], [time(since.first.doomMinutesPerWeek), time(since.latest.doomMinutesPerWeek)]),
    t(ACT_WORDS[since.acts], [n(since.first.actsPerWeek), n(since.latest.actsPerWeek)]),
    ...(people ? [peopleLine(t, formats, people)] : []),
    ...(gifts ? [t('sinceGifts', [given(gifts.first), given(gifts.latest)])] : []),
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
          {people && (
            <tr>
              <th scope="row">{t('sinceRowPeople')}</th>
              <td>{people.first === null ? '—' : n(people.first)}</td>
              <td>{n(people.latest)}</td>
            </tr>
          )}
          {gifts && (
            <>
              <tr>
                <th scope="row">{t('sinceRowGiven')}</th>
                <td>{givenText(gifts.first.totals, locale) || '—'}</td>
                <td>{givenText(gifts.latest.totals, locale) || '—'}</td>
              </tr>
              <tr>
                <th scope="row">{t('sinceRowCauses')}</th>
                <td>{n(gifts.first.causes)}</td>
                <td>{n(gifts.latest.causes)}</td>
              </tr>
            </>
          )}
        </tbody>
      </table>
    </>
  );
}

/** People reached in words: both fortnights with which way it went, or only the last one when the first has no count. */
function peopleLine(t: Translate, formats: JournalFormats, people: PeopleReached): string {
  const count = (size: number) =>
    plural(t, formats, { one: 'sincePeopleCount_one', other: 'sincePeopleCount_other' }, size);
  if (people.first === null || people.trend === null) return t('sincePeopleLatestOnly', count(people.latest));
  return t(PEOPLE_WORDS[people.trend], [count(people.first), count(people.latest)]);
}

/** One fortnight's giving in words: amounts per currency, to how many causes when any; or nothing recorded. */
function givenPhrase(t: Translate, formats: JournalFormats, window: WindowGifts, locale: string): string {
  const amounts = givenText(window.totals, locale);
  if (amounts === '') return t('sinceGiftsNone');
  if (window.causes === 0) return amounts;
  return plural(t, formats, { one: 'sinceGiftsToCauses_one', other: 'sinceGiftsToCauses_other' }, window.causes, [
    amounts,
  ]);
}
