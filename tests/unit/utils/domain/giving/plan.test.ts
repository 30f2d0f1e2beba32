import { describe, expect, it } from 'vitest';
import { effectiveCountry, formatAmount, givingListCountry, regionOfLocale } from '@/utils/domain/giving/country';
import { givingContext, resolvePlan } from '@/utils/domain/giving/plan';
import { starterCausesFor, starterToCause } from '@/utils/domain/giving/starters';
import { STARTER_CAUSES } from '@/utils/domain/giving/starter-causes';
import type { Giving } from '@/utils/domain/settings/schema';

const open: Giving = { country: null, currency: null, usualAmount: 2, monthlyLimit: null };
const now = new Date('2026-03-20T12:00:00').getTime();

describe('the giving plan', () => {
  it.each([
    ['en-US', 'US', 'USD'],
    ['en-GB', 'GB', 'GBP'],
    ['es', 'ES', 'EUR'],
    ['es-MX', 'MX', 'MXN'],
  ])('follows the browser language %s to country %s and currency %s', (locale, country, currency) => {
    expect(resolvePlan(open, locale)).toMatchObject({ country, currency });
  });

  it('keeps the person’s own country and currency over the browser’s', () => {
    expect(resolvePlan({ ...open, country: 'GB', currency: 'EUR' }, 'es-MX')).toMatchObject({
      country: 'GB',
      currency: 'EUR',
    });
  });

  it('falls back to the international list for an unknown region or tag', () => {
    expect(regionOfLocale('not a tag')).toBeNull();
    expect(effectiveCountry(null, 'not a tag')).toBe('XX');
    expect(givingListCountry('FR')).toBe('XX');
  });

  it('offers a country’s own starters first, then the international ones', () => {
    expect(starterCausesFor('GB')).toEqual([...STARTER_CAUSES.GB, ...STARTER_CAUSES.XX]);
    expect(starterCausesFor('MX')).toEqual([...STARTER_CAUSES.MX, ...STARTER_CAUSES.XX]);
    expect(starterCausesFor('FR')).toBe(STARTER_CAUSES.XX);
  });

  it('turns a starter into the person’s cause in their language', () => {
    const [first] = STARTER_CAUSES.XX;
    if (!first) throw new Error('no international starter');

    expect(starterToCause(first, 'es-MX')).toEqual({
      id: `starter-${first.id}`,
      name: first.name,
      url: first.url,
      impact: first.what.es,
    });
  });

  it('tells the act pool the list country and whether giving rests', () => {
    const entries = [{ at: now - 1000, given: { amount: 5, currency: 'GBP', causeId: null } }];

    expect(givingContext({ ...open, monthlyLimit: 5 }, { locale: 'en-GB', entries, now })).toEqual({
      country: 'GB',
      resting: true,
    });
  });

  it('writes amounts the way the locale does', () => {
    expect(formatAmount(2, 'EUR', 'es-ES')).toBe('2,00\u00a0€');
    expect(formatAmount(2, 'USD', 'en-US')).toBe('$2.00');
  });
});
