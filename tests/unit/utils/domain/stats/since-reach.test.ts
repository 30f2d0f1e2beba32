import { describe, expect, it } from 'vitest';
import type { Gift } from '@/utils/domain/giving/gift';
import { PERSON_ACT_IDS, sinceReach, type ReachEntry } from '@/utils/domain/stats/since-reach';

const AT = Date.UTC(2026, 5, 1, 12);
/** An act done at a fixed time (the windows are chosen by the caller), with or without a gift. */
const act = (actId: string, given?: Gift): ReachEntry => ({ at: AT, actId, ...(given ? { given } : {}) });
const times = (count: number, entry: ReachEntry) => Array.from({ length: count }, () => entry);
const gift = (amount: number, currency: string, causeId: string | null): Gift => ({ amount, currency, causeId });

describe('sinceReach', () => {
  it('counts acts for someone known, a week, in the first fortnight and the last', () => {
    const first = [...times(2, act('thinking-of-you')), ...times(3, act('zooniverse'))];
    const latest = [...times(5, act('call-family')), ...times(4, act('thank-specific'))];

    const result = sinceReach(first, latest);

    expect(result.people).toEqual({ first: 1, latest: 4.5, trend: 'more' });
  });

  it('says when acts for someone known went down, or stayed about the same', () => {
    expect(sinceReach(times(8, act('voice-note')), times(2, act('voice-note'))).people).toMatchObject({
      first: 4,
      latest: 1,
      trend: 'less',
    });
    expect(sinceReach(times(4, act('voice-note')), times(5, act('voice-note'))).people?.trend).toBe('same');
  });

  it('leaves out acts that do not say they were for one person: own acts, custom acts, acts for many', () => {
    const result = sinceReach([act('own'), act('custom-abc'), act('zooniverse')], [act('share-cause')]);

    expect(result.people).toBeNull();
    expect(PERSON_ACT_IDS.has('thinking-of-you')).toBe(true);
    expect(PERSON_ACT_IDS.has('share-cause')).toBe(false);
  });

  it('adds up what was given per currency, never converting, and to how many different causes', () => {
    const first = [act('small-gift', gift(5, 'EUR', 'food'))];
    const latest = [
      act('small-gift', gift(3, 'EUR', 'food')),
      act('small-gift', gift(2.5, 'EUR', 'trees')),
      act('surprise-gift', gift(10, 'USD', null)),
      act('thinking-of-you'),
    ];

    const result = sinceReach(first, latest);

    expect(result.gifts).toEqual({
      first: { totals: [{ currency: 'EUR', amount: 5 }], causes: 1 },
      latest: {
        totals: [
          { currency: 'USD', amount: 10 },
          { currency: 'EUR', amount: 5.5 },
        ],
        causes: 2,
      },
    });
  });

  it('keeps a fortnight without gifts as an empty one beside one that has them', () => {
    const result = sinceReach([act('thinking-of-you')], [act('small-gift', gift(4, 'GBP', 'food'))]);

    expect(result.gifts?.first).toEqual({ totals: [], causes: 0 });
  });

  it('is silent about giving when neither fortnight has a gift', () => {
    expect(sinceReach([act('small-gift')], [act('thinking-of-you')]).gifts).toBeNull();
  });
});
