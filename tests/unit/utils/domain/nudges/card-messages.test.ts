import { describe, expect, it } from 'vitest';
import { parseTabMessage } from '@/utils/domain/nudges/card-messages';

const act = {
  id: 'thank-helper',
  title: 'Thank someone',
  howTo: 'Write two lines.',
  why: 'It matters.',
  minutes: 2,
  cost: 'free',
  category: 'online',
  link: null,
};
const show = { type: 'nudge/show', data: { nudgeId: 'nudge-1', level: 2, act } };

describe('parseTabMessage', () => {
  it('accepts a card to show and a card to withdraw', () => {
    expect(parseTabMessage(show)).toEqual(show);
    expect(parseTabMessage({ type: 'nudge/hide', data: { nudgeId: 'nudge-1' } })).toEqual({
      type: 'nudge/hide',
      data: { nudgeId: 'nudge-1' },
    });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'nudge/show'],
    ['an array', [show]],
    ['an unknown type', { ...show, type: 'nudge/pop' }],
    ['a message with extra keys', { ...show, extra: true }],
    ['data with extra keys', { ...show, data: { ...show.data, html: '<b>' } }],
    ['an empty nudge id', { ...show, data: { ...show.data, nudgeId: '' } }],
    ['a nudge id of 65 characters', { ...show, data: { ...show.data, nudgeId: 'n'.repeat(65) } }],
    ['level 0', { ...show, data: { ...show.data, level: 0 } }],
    ['an act of six minutes', { ...show, data: { ...show.data, act: { ...act, minutes: 6 } } }],
    ['an act without a title', { ...show, data: { ...show.data, act: { ...act, title: undefined } } }],
    ['a link that is not text', { ...show, data: { ...show.data, act: { ...act, link: 42 } } }],
  ])('refuses %s', (_case, message) => {
    expect(parseTabMessage(message)).toBeNull();
  });
});
