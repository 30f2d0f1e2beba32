import { describe, expect, it } from 'vitest';
import { outcomeFactor, tallyActOutcomes } from '@/utils/domain/acts/outcomes';

describe('tallyActOutcomes', () => {
  it('counts done acts and "another idea" answers, ignoring outcomes about the moment', () => {
    const outcomes = tallyActOutcomes({
      acts: [{ actId: 'thank-teacher' }, { actId: 'thank-teacher' }, { actId: 'zooniverse' }],
      nudges: [
        { actId: 'thank-teacher', outcome: 'another' },
        { actId: 'alt-text', outcome: 'another' },
        { actId: 'alt-text', outcome: 'not-now' },
        { actId: 'alt-text', outcome: 'dismissed' },
        { actId: 'alt-text', outcome: 'expired' },
        { actId: 'alt-text', outcome: 'accepted' },
      ],
    });

    expect(Object.fromEntries(outcomes)).toEqual({
      'thank-teacher': { done: 2, skipped: 1 },
      zooniverse: { done: 1, skipped: 0 },
      'alt-text': { done: 0, skipped: 1 },
    });
  });
});

describe('outcomeFactor', () => {
  it.each([
    [undefined, 1],
    [{ done: 0, skipped: 0 }, 1],
    [{ done: 1, skipped: 0 }, 2],
    [{ done: 0, skipped: 1 }, 0.5],
    [{ done: 2, skipped: 2 }, 1],
    [{ done: 50, skipped: 0 }, 4],
    [{ done: 0, skipped: 1000 }, 0.25],
  ])('turns %j into %d', (counts, factor) => {
    expect(outcomeFactor(counts)).toBe(factor);
  });
});
