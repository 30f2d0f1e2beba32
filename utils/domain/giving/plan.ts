import type { GivingContext } from '../acts/personalise';
import type { Cause, Giving } from '../settings/schema';
import { effectiveCountry, effectiveCurrency, givingListCountry } from './country';
import { givingRests, type GiftEntry } from './given-sums';
import { STARTER_CAUSES, type StarterCause } from './starter-causes';

/** Prefix of the settings id a picked starter cause gets, so it can be recognised later. */
export const STARTER_CAUSE_PREFIX = 'starter-';

/** The plan with country and currency resolved against the browser language (a BCP 47 tag). */
export interface ResolvedPlan {
  country: string;
  currency: string;
  usualAmount: number;
  monthlyLimit: number | null;
}

/** Fills the plan's open choices from the locale. */
export function resolvePlan(giving: Giving, locale: string): ResolvedPlan {
  const country = effectiveCountry(giving.country, locale);
  return {
    country,
    currency: effectiveCurrency(giving.currency, country),
    usualAmount: giving.usualAmount,
    monthlyLimit: giving.monthlyLimit,
  };
}

/** What the act pool needs from the plan: the list country and whether giving rests right now. */
export function givingContext(
  giving: Giving,
  { locale, entries, now }: { locale: string; entries: readonly GiftEntry[]; now: number },
): GivingContext {
  const plan = resolvePlan(giving, locale);
  return {
    country: givingListCountry(plan.country),
    resting: givingRests({ monthlyLimit: plan.monthlyLimit, currency: plan.currency, entries, now }),
  };
}

/** The starter list for a country: its own organisations first, then the international ones. */
export function starterCausesFor(country: string): readonly StarterCause[] {
  const list = givingListCountry(country);
  return list === 'XX' ? STARTER_CAUSES.XX : [...STARTER_CAUSES[list], ...STARTER_CAUSES.XX];
}

/** A starter cause as the person's own cause in settings, in their language (`en` or `es`). */
export function starterToCause(starter: StarterCause, language: string): Cause {
  return {
    id: `${STARTER_CAUSE_PREFIX}${starter.id}`,
    name: starter.name,
    url: starter.url,
    impact: language.startsWith('es') ? starter.what.es : starter.what.en,
  };
}
