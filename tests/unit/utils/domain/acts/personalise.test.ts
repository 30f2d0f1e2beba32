import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTS } from '@/utils/domain/acts/catalogue';
import { buildActPool, customActId } from '@/utils/domain/acts/personalise';
import { isPlaceBound } from '@/utils/domain/giving/place-links';
import type { Cause, CustomAct, Person } from '@/utils/domain/settings/schema';
import { translate } from '@/tests/unit/helpers/translate';

const sam: Person = { id: 'sam', name: 'Sam', reach: 'sms:+15550001111' };
const ana: Person = { id: 'ana', name: 'Ana', reach: null };
const foodBank: Cause = {
  id: 'food-bank',
  name: 'the Eastside food bank',
  url: 'https://eastside-food.example/give',
  impact: '£5 packs a breakfast bag for a child.',
};
const quietCause: Cause = { id: 'trees', name: 'Tree Club', url: 'https://trees.example/', impact: '  ' };
const custom: CustomAct = {
  id: 'water-plants',
  title: 'Water the office plants',
  howTo: 'The ones by the window dry out first.',
  minutes: 2,
  category: 'community',
  cost: 'free',
  link: null,
};
const none = { people: [], causes: [], custom: [] };
const entriesFor = (pool: ReturnType<typeof buildActPool>, id: string) => pool.filter((entry) => entry.act.id === id);

describe('buildActPool', () => {
  it('offers every built-in act that needs no cause or place once, in generic words, when the person added nobody', () => {
    const pool = buildActPool({ acts: none, t: translate });

    const needsMore = (act: (typeof BUILT_IN_ACTS)[number]) => act.slot?.kind === 'cause' || isPlaceBound(act.id);
    expect(pool.map((entry) => entry.act.id)).toEqual(
      BUILT_IN_ACTS.filter((act) => !needsMore(act)).map((act) => act.id),
    );
    expect(entriesFor(pool, 'thinking-of-you')[0]).toMatchObject({
      act: { title: 'Text a friend that you were thinking of them', link: null },
      share: 1,
      personal: false,
    });
  });

  it('names each person in person acts, with their reach link, splitting one act’s weight', () => {
    const pool = buildActPool({ acts: { ...none, people: [sam, ana] }, t: translate });

    const variants = entriesFor(pool, 'thinking-of-you');

    expect(variants.map((entry) => [entry.act.title, entry.act.link, entry.act.personId, entry.share])).toEqual([
      ['Text Sam that you were thinking of them', 'sms:+15550001111', 'sam', 0.5],
      ['Text Ana that you were thinking of them', null, 'ana', 0.5],
    ]);
    expect(variants.every((entry) => entry.personal)).toBe(true);
  });

  it('leaves acts without a person slot untouched when people exist', () => {
    const pool = buildActPool({ acts: { ...none, people: [sam] }, t: translate });

    expect(entriesFor(pool, 'zooniverse')).toEqual([
      expect.objectContaining({
        share: 1,
        personal: false,
        act: expect.objectContaining({ link: 'https://www.zooniverse.org/' }),
      }),
    ]);
  });

  it('gives to the person’s causes with their link and their own impact words', () => {
    const pool = buildActPool({ acts: { ...none, causes: [foodBank, quietCause] }, t: translate });

    const gifts = entriesFor(pool, 'small-gift');

    expect(gifts.map((entry) => entry.act)).toEqual([
      expect.objectContaining({
        title: 'Give a small gift to the Eastside food bank',
        why: '£5 packs a breakfast bag for a child.',
        link: 'https://eastside-food.example/give',
        causeId: 'food-bank',
        cost: 'money',
      }),
      expect.objectContaining({
        title: 'Give a small gift to Tree Club',
        why: translate('act_small_gift_why'),
        causeId: 'trees',
      }),
    ]);
  });

  it('adds the person’s own acts under a custom- id with a why-line that says so', () => {
    const pool = buildActPool({ acts: { ...none, custom: [custom] }, t: translate });

    expect(entriesFor(pool, customActId('water-plants'))).toEqual([
      {
        act: {
          id: 'custom-water-plants',
          title: 'Water the office plants',
          howTo: 'The ones by the window dry out first.',
          why: translate('actCustomWhy'),
          minutes: 2,
          cost: 'free',
          category: 'community',
          link: null,
        },
        sites: [],
        share: 1,
        personal: true,
      },
    ]);
  });

  it('leaves out acts with a cause slot while the person has no cause', () => {
    const pool = buildActPool({ acts: none, t: translate });

    expect(entriesFor(pool, 'small-gift')).toEqual([]);
    expect(entriesFor(pool, 'share-cause')).toEqual([]);
  });

  it('opens the confirmed link of the person’s country for an act bound to a place', () => {
    const pool = buildActPool({ acts: none, t: translate, giving: { country: 'GB', resting: false } });

    expect(entriesFor(pool, 'book-blood-donation').map((entry) => entry.act.link)).toEqual([
      'https://www.blood.co.uk/',
    ]);
  });

  it('does not offer an act bound to a place where no link is confirmed', () => {
    const pool = buildActPool({ acts: none, t: translate, giving: { country: 'ES', resting: false } });

    expect(pool.filter((entry) => isPlaceBound(entry.act.id))).toEqual([]);
  });

  it('rests every act that costs money, the person’s own included, while giving rests', () => {
    const ownGift: CustomAct = { ...custom, id: 'coffee', cost: 'money' };
    const acts = { ...none, causes: [foodBank], custom: [custom, ownGift] };

    const pool = buildActPool({ acts, t: translate, giving: { country: 'US', resting: true } });

    expect(pool.filter((entry) => entry.act.cost === 'money')).toEqual([]);
    expect(entriesFor(pool, 'share-cause')).toHaveLength(1);
    expect(entriesFor(pool, customActId('water-plants'))).toHaveLength(1);
  });
});
