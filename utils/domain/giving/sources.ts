/** Two-letter region codes Outward ships starter lists and place links for; `XX` is the international fallback. */
export const GIVING_COUNTRIES = ['US', 'GB', 'ES', 'MX', 'XX'] as const;
export type GivingCountry = (typeof GIVING_COUNTRIES)[number];

/** The international fallback, used where no country list exists. */
export const INTERNATIONAL = 'XX' satisfies GivingCountry;

/** Words in the two shipped languages. */
export interface Bilingual {
  en: string;
  es: string;
}

/**
 * Where a link was confirmed: the exact address of the organisation's own page on which the link was
 * seen (or which is the link itself), and what that page showed. Every shipped link carries one.
 */
export interface SourceNote {
  page: string;
  saw: string;
}
