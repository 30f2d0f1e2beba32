import { formatAmount } from '@/utils/domain/giving/country';
import type { CurrencyTotals } from '@/utils/domain/giving/given-sums';

/** Totals written the locale's way, one per currency, side by side and never converted (`€4.00 · $3.00`). */
export function givenText(totals: CurrencyTotals, locale: string): string {
  return totals.map((total) => formatAmount(total.amount, total.currency, locale)).join(' · ');
}
