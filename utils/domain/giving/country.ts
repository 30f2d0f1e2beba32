import { GIVING_COUNTRIES, INTERNATIONAL, type GivingCountry } from './sources';

/** Currencies of the regions whose languages ship first; others fall back to US dollars. */
const CURRENCY_BY_REGION: Readonly<Record<string, string>> = Object.freeze({
  US: 'USD',
  GB: 'GBP',
  ES: 'EUR',
  MX: 'MXN',
  FR: 'EUR',
  DE: 'EUR',
  IT: 'EUR',
  PT: 'EUR',
  IE: 'EUR',
  NL: 'EUR',
  AR: 'ARS',
  CO: 'COP',
  CL: 'CLP',
  PE: 'PEN',
  CA: 'CAD',
  AU: 'AUD',
});

/** Region of a BCP 47 language tag (`es-MX` → `MX`, `es` → `ES` by likely subtags), or null. */
export function regionOfLocale(locale: string): string | null {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && /^[A-Z]{2}$/.test(region) ? region : null;
  } catch {
    return null;
  }
}

/** The person's country: their choice, else the browser language's region. */
export function effectiveCountry(chosen: string | null, locale: string): string {
  return chosen ?? regionOfLocale(locale) ?? INTERNATIONAL;
}

/** The country whose starter list and place links apply: the country itself when shipped, else `XX`. */
export function givingListCountry(country: string): GivingCountry {
  return GIVING_COUNTRIES.find((known) => known === country) ?? INTERNATIONAL;
}

/** The currency: the person's choice, else the one of their country, else US dollars. */
export function effectiveCurrency(chosen: string | null, country: string): string {
  return chosen ?? CURRENCY_BY_REGION[country] ?? 'USD';
}

/** An amount in a currency as the person's locale writes it (`2 €`, `$2.00`); never converted. */
export function formatAmount(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}
