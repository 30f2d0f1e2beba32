import { describe, expect, it } from 'vitest';
import type { Gift } from '@/utils/domain/giving/gift';
import { PERSON_ACT_IDS, sinceReach, type ReachEntry } from '@/utils/domain/stats/since-reach';

const AT = Date.UTC(2026, 5, 1, 12);
/** An act done at a fixed time (the windows are chosen by the caller), with or without a gift. */
const act = (actId: string, given?: Gift): ReachEntry => ({ at: AT, actId, ...(given ? { given } : {}) });
/** An act for one of the person's people, as recorded since acts keep whom they were for. */
const forPerson = (personId: string, actId = 'thinking-of-you'): ReachEntry => ({ at: AT, actId, personId });
const gift = (amount: number, currency: string, causeId: string | null): Gift => ({ amount, currency, causeId });

describe('sinceReach', () => {
  it('counts the different people the acts of each fortnight were for, two acts for one person once', () => {
    const first = [forPerson('p-ana'), forPerson('p-ana', 'call-family'), act('zooniverse')];
    const latest = [forPerson('p-ana'), forPerson('p-bo', 'voice-note'), forPerson('p-bo'), forPerson('p-cy')];

    const result = sinceReach(first, latest);

    expect(result.people).toEqual({ first: 1, latest: 3, trend: 'more' });
  });

  it('counts each fortnight by itself: someone reached in both counts in both', () => {
    const result = sinceReach([forPerson('p-ana'), forPerson('p-bo')], [forPerson('p-bo')]);

    expect(result.people).toEqual({ first: 2, latest: 1, trend: 'less' });
  });

  it('says the same when as many people were reached, and a change for one person more', () => {
    expect(sinceReach([forPerson('p-ana')], [forPerson('p-bo')]).people?.trend).toBe('same');
    expect(sinceReach([forPerson('p-ana')], [forPerson('p-ana'), forPerson('p-bo')]).people?.trend).toBe('more');
  });

  it('gives no count for a first fortnight whose acts for someone do not say whom, and no trend', () => {
    const result = sinceReach([act('thinking-of-you'), forPerson('p-ana')], [forPerson('p-ana'), forPerson('p-bo')]);

    expect(result.people).toEqual({ first: null, latest: 2, trend: null });
  });

  it('is silent when the last fortnight has acts for someone that do not say whom', () => {
    expect(sinceReach([forPerson('p-ana')], [act('thinking-of-you'), forPerson('p-bo')]).people).toBeNull();
  });

  it('is silent when neither fortnight reached anyone, acts for no one in particular included', () => {
    expect(sinceReach([act('own'), act('custom-abc'), act('zooniverse')], [act('share-cause')]).people).toBeNull();
    expect(sinceReach([act('thinking-of-you')], [act('zooniverse')]).people).toBeNull();
    expect(PERSON_ACT_IDS.has('thinking-of-you')).toBe(true);
    expect(PERSON_ACT_IDS.has('share-cause')).toBe(false);
  });

  it('counts a person named on an act of any kind, own acts included', () => {
    expect(sinceReach([], [forPerson('p-ana', 'own')]).people).toEqual({ first: 0, latest: 1, trend: 'more' });
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
