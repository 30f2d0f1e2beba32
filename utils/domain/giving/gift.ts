import * as v from 'valibot';

/** ISO 4217 currency code, e.g. `EUR`. */
export const CurrencySchema = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
/** A positive amount of money, at most a large but sane figure, with cents at most. */
export const AmountSchema = v.pipe(
  v.number(),
  v.minValue(0.01),
  v.maxValue(1_000_000),
  // Whole cents only; the tolerance absorbs binary floating point (0.1 + 0.2).
  v.check((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6),
);

/**
 * What the person said they gave for one act: Outward never sees a payment, so this is only ever
 * their own word, recorded when they say so. `causeId` is the cause the act was for, or null.
 */
export const GiftSchema = v.object({
  amount: AmountSchema,
  currency: CurrencySchema,
  causeId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(64))),
});
export type Gift = v.InferOutput<typeof GiftSchema>;
