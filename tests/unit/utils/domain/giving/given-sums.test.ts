import { describe, expect, it } from 'vitest';
import { givingRests, monthStart, summariseGiven, type GiftEntry } from '@/utils/domain/giving/given-sums';

const at = (iso: string) => new Date(iso).getTime();
const gift = (iso: string, amount: number, currency = 'EUR', causeId: string | null = 'food'): GiftEntry => ({
  at: at(iso),
  given: { amount, currency, causeId },
});
const noGift: GiftEntry = { at: at('2026-03-10T12:00:00'), given: undefined };

describe('summariseGiven', () => {
  it('sums this month and since the beginning per currency, never converting', () => {
    const entries = [
      gift('2026-02-20T12:00:00', 5),
      gift('2026-03-02T12:00:00', 2),
      gift('2026-03-03T12:00:00', 1.1),
      gift('2026-03-04T12:00:00', 3, 'USD'),
      noGift,
    ];

    const summary = summariseGiven(entries, at('2026-03-15T12:00:00'));

    expect(summary.thisMonth).toEqual([
      { currency: 'EUR', amount: 3.1 },
      { currency: 'USD', amount: 3 },
    ]);
    expect(summary.allTime).toEqual([
      { currency: 'EUR', amount: 8.1 },
      { currency: 'USD', amount: 3 },
    ]);
    expect(summary.count).toBe(4);
  });

  it('adds up per cause, keeping gifts without a cause apart', () => {
    const entries = [
      gift('2026-03-02T12:00:00', 2),
      gift('2026-03-03T12:00:00', 2, 'EUR', 'trees'),
      gift('2026-03-04T12:00:00', 1, 'EUR', null),
      gift('2026-03-05T12:00:00', 2),
    ];

    const summary = summariseGiven(entries, at('2026-03-15T12:00:00'));

    expect(summary.byCause).toEqual([
      { causeId: 'food', totals: [{ currency: 'EUR', amount: 4 }] },
      { causeId: 'trees', totals: [{ currency: 'EUR', amount: 2 }] },
      { causeId: null, totals: [{ currency: 'EUR', amount: 1 }] },
    ]);
  });

  it('is empty when nothing was given', () => {
    expect(summariseGiven([noGift], at('2026-03-15T12:00:00'))).toEqual({
      thisMonth: [],
      allTime: [],
      byCause: [],
      count: 0,
      firstAt: null,
    });
  });

  it('knows when the first gift was recorded, whatever the order of the entries', () => {
    const earlierAct = { at: at('2026-01-02T12:00:00'), given: undefined };
    const entries = [
      gift('2026-03-05T12:00:00', 2),
      earlierAct,
      gift('2026-02-20T09:00:00', 1),
      gift('2026-03-01T12:00:00', 4),
    ];

    expect(summariseGiven(entries, at('2026-03-15T12:00:00')).firstAt).toBe(at('2026-02-20T09:00:00'));
  });
});

describe('monthStart', () => {
  it('is local midnight on the first of the month', () => {
    expect(monthStart(at('2026-03-31T23:59:00'))).toBe(at('2026-03-01T00:00:00'));
  });
});

describe('givingRests', () => {
  const entries = [gift('2026-03-02T12:00:00', 2), gift('2026-03-09T12:00:00', 3)];

  it('stops giving acts once the month’s gifts reach the limit', () => {
    expect(givingRests({ monthlyLimit: 5, currency: 'EUR', entries, now: at('2026-03-20T12:00:00') })).toBe(true);
  });

  it('keeps them while the month is below the limit', () => {
    expect(givingRests({ monthlyLimit: 6, currency: 'EUR', entries, now: at('2026-03-20T12:00:00') })).toBe(false);
  });

  it('starts them again when a new month begins', () => {
    expect(givingRests({ monthlyLimit: 5, currency: 'EUR', entries, now: at('2026-04-01T09:00:00') })).toBe(false);
  });

  it('never rests without a limit', () => {
    expect(givingRests({ monthlyLimit: null, currency: 'EUR', entries, now: at('2026-03-20T12:00:00') })).toBe(false);
  });

  it('counts only gifts in the plan’s currency, without converting others', () => {
    expect(givingRests({ monthlyLimit: 5, currency: 'USD', entries, now: at('2026-03-20T12:00:00') })).toBe(false);
  });
});
