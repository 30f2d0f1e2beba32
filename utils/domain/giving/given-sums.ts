import type { Gift } from './gift';

/** Anything carrying an optional gift and the time it was recorded (epoch ms), e.g. act records. */
export interface GiftEntry {
  at: number;
  given?: Gift | undefined;
}

/** Totals per currency, in a stable order (largest first, then by code). Never converted. */
export type CurrencyTotals = Array<{ currency: string; amount: number }>;

/** What the person has given: this month, since the beginning, and per cause, each per currency. */
export interface GivenSummary {
  thisMonth: CurrencyTotals;
  allTime: CurrencyTotals;
  /** Per cause id (`null`: gifts not tied to a cause). */
  byCause: Array<{ causeId: string | null; totals: CurrencyTotals }>;
  /** How many gifts were recorded. */
  count: number;
  /** When the first gift was recorded (epoch ms), or null. */
  firstAt: number | null;
}

/** Epoch ms of the start of the local calendar month containing `now`. */
export function monthStart(now: number): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
}

/** Adds a list of gifts up per currency, rounding to cents so float sums stay exact. */
export function totalsByCurrency(gifts: readonly Gift[]): CurrencyTotals {
  const cents = new Map<string, number>();
  for (const gift of gifts) cents.set(gift.currency, (cents.get(gift.currency) ?? 0) + Math.round(gift.amount * 100));
  return [...cents.entries()]
    .map(([currency, total]) => ({ currency, amount: total / 100 }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
}

/** Sums the recorded gifts; `now` (epoch ms) decides what counts as this month. */
export function summariseGiven(entries: readonly GiftEntry[], now: number): GivenSummary {
  const gifts = entries.filter((entry): entry is GiftEntry & { given: Gift } => entry.given !== undefined);
  const start = monthStart(now);
  const causes = new Map<string | null, Gift[]>();
  for (const { given } of gifts) causes.set(given.causeId, [...(causes.get(given.causeId) ?? []), given]);
  return {
    thisMonth: totalsByCurrency(gifts.filter((entry) => entry.at >= start && entry.at <= now).map((e) => e.given)),
    allTime: totalsByCurrency(gifts.map((entry) => entry.given)),
    byCause: [...causes.entries()].map(([causeId, list]) => ({ causeId, totals: totalsByCurrency(list) })),
    count: gifts.length,
    firstAt: gifts.reduce<number | null>(
      (first, entry) => (first === null || entry.at < first ? entry.at : first),
      null,
    ),
  };
}

/**
 * True when giving acts should rest: a monthly limit is set and this month's recorded gifts in the
 * plan's currency have reached it. Gifts in other currencies are not converted and do not count.
 */
export function givingRests({
  monthlyLimit,
  currency,
  entries,
  now,
}: {
  monthlyLimit: number | null;
  currency: string;
  entries: readonly GiftEntry[];
  now: number;
}): boolean {
  if (monthlyLimit === null) return false;
  const month = summariseGiven(entries, now).thisMonth.find((total) => total.currency === currency);
  return (month?.amount ?? 0) >= monthlyLimit;
}
