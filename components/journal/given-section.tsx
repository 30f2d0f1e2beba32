import type { GivenSummary } from '@/utils/domain/giving/given-sums';
import { givenText } from '../giving/given-text';
import { useT } from '../i18n';
import { useAsync } from '../use-async';
import { JournalSection } from './journal-section';

/**
 * The journal's "What you have given": this month, since the beginning and per cause, each per
 * currency and never converted. Self-contained: it loads its own figures through `load`.
 */
export function GivenSection(props: {
  load: () => Promise<{ summary: GivenSummary; names: ReadonlyMap<string, string> }>;
  locale: string;
}) {
  const t = useT();
  const loaded = useAsync(props.load);
  return (
    <JournalSection id="given-heading" title={t('journalGivenHeading')}>
      <p class="hint">{t('journalGivenIntro')}</p>
      {loaded.status === 'ready' && (
        <GivenFigures summary={loaded.value.summary} names={loaded.value.names} locale={props.locale} />
      )}
    </JournalSection>
  );
}

/** The figures themselves, for a summary already made. */
export function GivenFigures({
  summary,
  names,
  locale,
}: {
  summary: GivenSummary;
  names: ReadonlyMap<string, string>;
  locale: string;
}) {
  const t = useT();
  if (summary.count === 0) return <p>{t('journalGivenNone')}</p>;
  const rows: Array<[string, string]> = [
    [t('journalGivenMonth'), givenText(summary.thisMonth, locale) || '—'],
    [t('journalGivenAllTime'), givenText(summary.allTime, locale)],
  ];
  return (
    <>
      <dl class="figures">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('journalGivenByCause')}</h3>
      <ul class="given-by-cause">
        {summary.byCause.map(({ causeId, totals }) => (
          <li key={causeId ?? ''}>
            <span>{causeId === null ? t('journalGivenNoCause') : (names.get(causeId) ?? causeId)}</span>{' '}
            <strong>{givenText(totals, locale)}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
