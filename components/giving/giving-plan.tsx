import { useState } from 'preact/hooks';
import { effectiveCurrency, formatAmount, regionOfLocale } from '@/utils/domain/giving/country';
import { resolvePlan } from '@/utils/domain/giving/plan';
import { starterCausesFor, starterToCause } from '@/utils/domain/giving/starters';
import { GIVING_COUNTRIES } from '@/utils/domain/giving/sources';
import type { SettingsPatch } from '@/utils/domain/settings/patch';
import type { Settings } from '@/utils/domain/settings/schema';
import { parseAmount } from './amount';
import { useT } from '../i18n';
import '@/components/options/settings.css';

/** Currencies offered in the plan; amounts are never converted between them. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'MXN', 'CAD', 'AUD', 'ARS', 'CLP', 'COP', 'PEN'] as const;
/** Quick picks for the usual amount, in the plan's currency. */
const QUICK_AMOUNTS = [1, 2, 5] as const;

/**
 * The giving plan: where the person lives, their currency, a usual small amount, an optional
 * monthly limit, and one-click starter causes for their country. Used on the welcome page and in
 * the options; every change is saved at once, and skipping it leaves giving ideas generic.
 */
export function GivingPlan(props: {
  settings: Pick<Settings, 'giving' | 'acts'>;
  save: (patch: SettingsPatch) => Promise<unknown>;
  locale: string;
  /** Prefix of element ids, so two plans could share a page. */
  idPrefix?: string;
}) {
  const t = useT();
  const { giving, acts } = props.settings;
  const id = (name: string) => `${props.idPrefix ?? 'giving'}-${name}`;
  const plan = resolvePlan(giving, props.locale);
  const regionName = (code: string) => displayRegion(code, props.locale);
  const browserRegion = regionOfLocale(props.locale);
  const [usual, setUsual] = useState(String(giving.usualAmount));
  const [limit, setLimit] = useState(giving.monthlyLimit === null ? '' : String(giving.monthlyLimit));
  const [problem, setProblem] = useState('');
  const picked = new Set(acts.causes.map((cause) => cause.id));

  async function saveAmount(text: string, field: 'usualAmount' | 'monthlyLimit') {
    if (field === 'monthlyLimit' && text.trim() === '') {
      setProblem('');
      await props.save({ giving: { monthlyLimit: null } });
      return;
    }
    const amount = parseAmount(text);
    if (amount === null) {
      setProblem(t('givingAmountInvalid'));
      return;
    }
    setProblem('');
    await props.save({ giving: { [field]: amount } });
  }

  return (
    <div class="giving-plan">
      <p>{t('givingIntro')}</p>
      <p>
        <strong>{t('givingNeverMoney')}</strong>
      </p>
      <div class="field">
        <label for={id('country')}>{t('givingCountryLabel')}</label>
        <select
          id={id('country')}
          value={giving.country ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void props.save({ giving: { country: value === '' ? null : value } });
          }}
        >
          <option value="">{t('givingCountryAuto', browserRegion ? regionName(browserRegion) : '—')}</option>
          {GIVING_COUNTRIES.filter((code) => code !== 'XX').map((code) => (
            <option key={code} value={code}>
              {regionName(code)}
            </option>
          ))}
          <option value="XX">{t('givingCountryOther')}</option>
        </select>
      </div>
      <div class="field">
        <label for={id('currency')}>{t('givingCurrencyLabel')}</label>
        <select
          id={id('currency')}
          value={giving.currency ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            void props.save({ giving: { currency: value === '' ? null : value } });
          }}
        >
          <option value="">{t('givingCurrencyAuto', effectiveCurrency(null, plan.country))}</option>
          {CURRENCIES.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={id('usual')}>{t('givingUsualLabel')}</label>
        <div class="quick-amounts">
          {QUICK_AMOUNTS.map((amount) => (
            <button
              key={amount}
              type="button"
              aria-pressed={giving.usualAmount === amount}
              onClick={() => {
                setUsual(String(amount));
                void saveAmount(String(amount), 'usualAmount');
              }}
            >
              {formatAmount(amount, plan.currency, props.locale)}
            </button>
          ))}
          <input
            id={id('usual')}
            inputMode="decimal"
            value={usual}
            onInput={(event) => setUsual(event.currentTarget.value)}
            onChange={(event) => void saveAmount(event.currentTarget.value, 'usualAmount')}
          />
        </div>
        <p class="hint">{t('givingUsualHint')}</p>
      </div>
      <div class="field">
        <label for={id('limit')}>{t('givingLimitLabel')}</label>
        <input
          id={id('limit')}
          inputMode="decimal"
          value={limit}
          onInput={(event) => setLimit(event.currentTarget.value)}
          onChange={(event) => void saveAmount(event.currentTarget.value, 'monthlyLimit')}
        />
        <p class="hint">{t('givingLimitHint')}</p>
      </div>
      {problem && (
        <p class="status-problem" role="alert">
          {problem}
        </p>
      )}
      <h3 id={id('starters-heading')}>{t('givingStartersHeading')}</h3>
      <p class="hint">{t('givingStartersIntro')}</p>
      <ul class="starter-causes" aria-labelledby={id('starters-heading')}>
        {starterCausesFor(plan.country).map((starter) => {
          const cause = starterToCause(starter, props.locale);
          const added = picked.has(cause.id);
          return (
            <li key={starter.id}>
              <span class="entry-name">{starter.name}</span>
              <span class="entry-detail">{cause.impact}</span>
              <button
                type="button"
                aria-pressed={added}
                onClick={() =>
                  void props.save({
                    acts: {
                      causes: added
                        ? acts.causes.filter((existing) => existing.id !== cause.id)
                        : [...acts.causes, cause],
                    },
                  })
                }
              >
                {t(added ? 'givingStarterRemove' : 'givingStarterAdd', starter.name)}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function displayRegion(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
