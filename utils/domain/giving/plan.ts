import type { GivingContext } from '../acts/personalise';
import type { Giving } from '../settings/schema';
import { effectiveCountry, effectiveCurrency, givingListCountry } from './country';
import { givingRests, type GiftEntry } from './given-sums';

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
