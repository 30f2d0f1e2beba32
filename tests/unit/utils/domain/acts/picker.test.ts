import { describe, expect, it } from 'vitest';
import type { ActOutcomes } from '@/utils/domain/acts/outcomes';
import { buildActPool } from '@/utils/domain/acts/personalise';
import { pickKindAct, type PickContext } from '@/utils/domain/acts/picker';
import type { PoolEntry } from '@/utils/domain/acts/types';
import { createSeededRandom, type RandomSource } from '@/utils/domain/random';
import { ACT_CATEGORIES, type ActCategory } from '@/utils/domain/settings/schema';
import { translate } from '@/tests/unit/helpers/translate';

const DRAWS = 10_000;
const fullPool = buildActPool({ acts: { people: [], causes: [], custom: [] }, t: translate });
const allCategories = { categories: [...ACT_CATEGORIES], freeOnly: false };
const noOutcomes: ActOutcomes = new Map();
const base: PickContext = { pool: fullPool, settings: allCategories, site: null, outcomes: noOutcomes };

function entry(
  id: string,
  extra: { sites?: string[]; category?: ActCategory; cost?: 'free' | 'money'; share?: number; personal?: boolean } = {},
): PoolEntry {
  const { sites = [], category = 'connect', cost = 'free', share = 1, personal = false } = extra;
  return {
    act: { id, title: id, howTo: '', why: '', minutes: 1, cost, category, link: null },
    sites,
    share,
    personal,
  };
}

/** Share of draws that returned each act id, over independent draws (no "last act" constraint). */
function frequencies(context: PickContext, random: RandomSource = createSeededRandom(2024), draws = DRAWS) {
  const counts = new Map<string, number>();
  for (let i = 0; i < draws; i += 1) {
    const act = pickKindAct({ ...context, lastActId: null, random });
    const id = act?.id ?? '(none)';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return (id: string) => (counts.get(id) ?? 0) / draws;
}

function chain(context: PickContext, random: RandomSource, length: number): string[] {
  const ids: string[] = [];
  let last: string | null = null;
  for (let i = 0; i < length; i += 1) {
    const act = pickKindAct({ ...context, lastActId: last, random });
    if (!act) throw new Error('pool ran dry');
    ids.push(act.id);
    last = act.id;
  }
  return ids;
}

describe('pickKindAct', () => {
  it('is deterministic for a given random source', () => {
    expect(chain(base, createSeededRandom(42), 40)).toEqual(chain(base, createSeededRandom(42), 40));
    expect(chain(base, createSeededRandom(42), 40)).not.toEqual(chain(base, createSeededRandom(43), 40));
  });

  it('never offers the same act twice in a row', () => {
    const ids = chain(base, createSeededRandom(9), 5_000);

    const repeats = ids.filter((id, index) => index > 0 && id === ids[index - 1]);
    expect(repeats).toEqual([]);
  });

  it.each(fullPool.slice(0, 12).map((candidate) => candidate.act.id))(
    'never answers "another idea" with %s just shown',
    (shown) => {
      const random = createSeededRandom(shown.length);

      const offered = Array.from({ length: 300 }, () => pickKindAct({ ...base, lastActId: shown, random })?.id);

      expect(offered).not.toContain(shown);
    },
  );

  it('alternates between two acts and has nothing else to offer with one', () => {
    const two = { ...base, pool: [entry('a'), entry('b')] };
    const one = { ...base, pool: [entry('a')] };

    expect(['ababab', 'bababa']).toContain(chain(two, createSeededRandom(1), 6).join(''));
    expect(pickKindAct({ ...one, lastActId: 'a', random: createSeededRandom(1) })).toBeNull();
  });

  it('keeps to the chosen categories', () => {
    const chosen: ActCategory[] = ['gratitude', 'online'];
    const random = createSeededRandom(5);
    const settings = { categories: chosen, freeOnly: false };

    const categories = Array.from(
      { length: 2_000 },
      () => pickKindAct({ ...base, settings, lastActId: null, random })?.category,
    );

    expect(new Set(categories)).toEqual(new Set(chosen));
  });

  it('falls back to other categories rather than offering nothing', () => {
    const pool = [entry('a', { category: 'connect' }), entry('b', { category: 'online' })];

    const act = pickKindAct({
      ...base,
      pool,
      settings: { categories: ['give'], freeOnly: false },
      lastActId: null,
      random: createSeededRandom(3),
    });

    expect(act?.id).toMatch(/^[ab]$/);
  });

  it('offers no money acts to a person who wants free ones only, and some otherwise', () => {
    const freeOnly = frequencies({ ...base, settings: { categories: [...ACT_CATEGORIES], freeOnly: true } });
    const any = frequencies(base);
    const moneyIds = fullPool
      .filter((candidate) => candidate.act.cost === 'money')
      .map((candidate) => candidate.act.id);

    expect(moneyIds.reduce((sum, id) => sum + freeOnly(id), 0)).toBe(0);
    expect(moneyIds.reduce((sum, id) => sum + any(id), 0)).toBeGreaterThan(0.05);
  });

  it('never relaxes free-only, even when that leaves nothing', () => {
    const pool = [entry('gift', { cost: 'money' })];

    expect(
      pickKindAct({
        ...base,
        pool,
        settings: { ...allCategories, freeOnly: true },
        lastActId: null,
        random: createSeededRandom(1),
      }),
    ).toBeNull();
  });

  it.each([
    ['old.reddit.com', 0.5],
    ['reddit.com', 0.5],
    ['example.org', 0.25],
  ])('boosts acts that suit the site: on %s the Reddit act gets %d of draws', (site, expected) => {
    const pool = [entry('thank-answer', { sites: ['reddit.com'] }), entry('b'), entry('c'), entry('d')];

    const share = frequencies({ ...base, pool, site });

    expect(share('thank-answer')).toBeGreaterThan(expected - 0.02);
    expect(share('thank-answer')).toBeLessThan(expected + 0.02);
  });

  it('offers done acts more and skipped acts less, without ever dropping them', () => {
    const pool = [entry('loved'), entry('skipped'), entry('c'), entry('d')];
    const outcomes: ActOutcomes = new Map([
      ['loved', { done: 3, skipped: 0 }],
      ['skipped', { done: 0, skipped: 1_000 }],
    ]);

    const share = frequencies({ ...base, pool, outcomes });

    // Weights 4 : 0.25 : 1 : 1 of a total of 6.25.
    expect(share('loved')).toBeGreaterThan(0.62);
    expect(share('loved')).toBeLessThan(0.66);
    expect(share('c')).toBeGreaterThan(0.14);
    expect(share('c')).toBeLessThan(0.18);
    expect(share('skipped')).toBeGreaterThan(0.03);
    expect(share('skipped')).toBeLessThan(0.05);
  });

  it('splits one act’s weight across its people and favours personal acts', () => {
    const pool = [
      entry('text-friend', { share: 0.5, personal: true }),
      entry('text-friend', { share: 0.5, personal: true }),
      entry('generic'),
    ];

    const share = frequencies({ ...base, pool });

    // Two variants of one act share its weight of 1, doubled for being personal: 2 : 1.
    expect(share('text-friend')).toBeGreaterThan(0.65);
    expect(share('text-friend')).toBeLessThan(0.69);
  });

  it('reaches every act of the catalogue eventually', () => {
    const share = frequencies(base, createSeededRandom(77), 20_000);

    expect(fullPool.filter((candidate) => share(candidate.act.id) === 0)).toEqual([]);
  });
});
