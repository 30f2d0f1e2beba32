import type { CurrencyTotals } from '@/utils/domain/giving/given-sums';
import { givenText } from './given-text';
import { useT } from '../i18n';

/** The popup's small "given this month" figure, and a kind word when giving rests at the limit. */
export function GivenGlance(props: { thisMonth: CurrencyTotals; resting: boolean; locale: string }) {
  const t = useT();
  if (props.thisMonth.length === 0 && !props.resting) return null;
  return (
    <section class="given-glance" aria-label={t('todayGivenMonth')}>
      {props.thisMonth.length > 0 && (
        <dl class="figures">
          <div>
            <dt>{t('todayGivenMonth')}</dt>
            <dd>{givenText(props.thisMonth, props.locale)}</dd>
          </div>
        </dl>
      )}
      {props.resting && <p class="hint">{t('givingResting')}</p>}
    </section>
  );
}
