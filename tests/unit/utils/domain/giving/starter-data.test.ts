import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkLink } from '@/utils/domain/acts/safe-link';
import { PLACE_BOUND_ACT_IDS, PLACE_LINKS } from '@/utils/domain/giving/place-links';
import { GIVING_COUNTRIES, type SourceNote } from '@/utils/domain/giving/sources';
import { STARTER_CAUSES } from '@/utils/domain/giving/starter-causes';
import { starterToCause } from '@/utils/domain/giving/starters';
import { CauseSchema } from '@/utils/domain/settings/schema';

const starters = GIVING_COUNTRIES.flatMap((country) => STARTER_CAUSES[country].map((cause) => ({ country, cause })));
const placeLinks = PLACE_BOUND_ACT_IDS.flatMap((actId) =>
  Object.entries(PLACE_LINKS[actId]).map(([country, link]) => ({ actId, country, link })),
);
/** The last two labels of a host: enough to tell one organisation's site from another's here. */
const site = (url: string) => new URL(url).hostname.split('.').slice(-2).join('.');

function expectSourced(url: string, source: SourceNote) {
  expect(checkLink(url)).toEqual({ ok: true, url, scheme: 'https:' });
  expect(checkLink(source.page)).toMatchObject({ ok: true, scheme: 'https:' });
  expect(site(source.page)).toBe(site(url));
  expect(source.saw.trim().length).toBeGreaterThan(20);
}

describe('starter causes', () => {
  it('ship a list (possibly empty) for every country and a non-empty international one', () => {
    expect(Object.keys(STARTER_CAUSES).sort()).toEqual([...GIVING_COUNTRIES].sort());
    expect(STARTER_CAUSES.XX.length).toBeGreaterThan(0);
  });

  it.each(starters)('$country $cause.id opens a safe https page confirmed on its own site', ({ cause }) => {
    expectSourced(cause.url, cause.source);
  });

  it.each(starters)('$country $cause.id says what it does in both languages, as a valid cause', ({ cause }) => {
    for (const language of ['en', 'es']) {
      expect(v.safeParse(CauseSchema, starterToCause(cause, language)).success).toBe(true);
    }
    expect(cause.what.en).not.toBe(cause.what.es);
  });

  it('never states what an amount buys', () => {
    const words = starters.flatMap(({ cause }) => [cause.what.en, cause.what.es]);

    expect(words.filter((line) => /[$£€]\s?\d|\d\s?(?:€|pesos|euros|dollars)/i.test(line))).toEqual([]);
  });

  it('have unique ids', () => {
    const ids = starters.map(({ cause }) => cause.id);

    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('place links', () => {
  it.each(placeLinks)('$actId in $country opens a safe https page confirmed on its own site', ({ link }) => {
    expectSourced(link.url, link.source);
  });

  it('exist only for shipped countries', () => {
    expect(placeLinks.filter(({ country }) => !(GIVING_COUNTRIES as readonly string[]).includes(country))).toEqual([]);
  });
});
