import { describe, expect, it } from 'vitest';
import { applyToRollup, emptyRollup, isEmptyRollup, rollupDayOf, type HistoryEvent } from '@/utils/domain/stats/rollup';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { aCheckin, anAct, anEpisode, aNudge, aRollup, ms } from '@/tests/unit/helpers/history-records';

const DAY = '2024-03-31';
const t = ms('2024-03-31T10:00:00Z');

describe('applyToRollup', () => {
  it.each<[string, HistoryEvent, Partial<ReturnType<typeof emptyRollup>>]>([
    [
      'an episode adds its doom and active time',
      { store: 'episodes', record: anEpisode('e', t, { doomMs: 600_000, activeMs: 900_000 }) },
      { episodes: 1, doomMs: 600_000, activeMs: 900_000 },
    ],
    [
      'a nudge counts as shown',
      { store: 'nudges', record: aNudge('n', t, { outcome: 'not-now' }) },
      { nudgesShown: 1 },
    ],
    [
      'an accepted nudge counts as shown and accepted',
      { store: 'nudges', record: aNudge('n', t, { outcome: 'accepted', outcomeAt: t + 1 }) },
      { nudgesShown: 1, nudgesAccepted: 1 },
    ],
    [
      'an act counts in its category',
      { store: 'acts', record: anAct('a', t, { category: 'give' }) },
      { acts: 1, actsByCategory: { give: 1 } },
    ],
    ['a check-in adds its mood', { store: 'checkins', record: aCheckin('c', t, 4) }, { checkins: 1, moodSum: 4 }],
  ])('%s', (_, event, expected) => {
    const result = applyToRollup(emptyRollup(DAY), event);

    expect(result).toEqual(aRollup(DAY, expected));
  });

  it('takes a record away again with sign -1, leaving no empty category behind', () => {
    const event: HistoryEvent = { store: 'acts', record: anAct('a', t, { category: 'online' }) };

    const result = applyToRollup(applyToRollup(emptyRollup(DAY), event), event, -1);

    expect(result).toEqual(emptyRollup(DAY));
    expect(isEmptyRollup(result)).toBe(true);
  });

  it('leaves the roll-up it was given untouched', () => {
    const before = aRollup(DAY, { acts: 1, actsByCategory: { connect: 1 } });

    applyToRollup(before, { store: 'acts', record: anAct('a', t) });

    expect(before).toEqual(aRollup(DAY, { acts: 1, actsByCategory: { connect: 1 } }));
  });
});

describe('rollupDayOf', () => {
  const berlin = dayKeyOfZone('Europe/Berlin');

  it('places an episode on the local day it started, even when it ran past midnight', () => {
    const episode = anEpisode('e', ms('2024-10-27T22:50:00Z'), { lastActivityAt: ms('2024-10-27T23:30:00Z') });

    expect(rollupDayOf({ store: 'episodes', record: episode }, berlin)).toBe('2024-10-27');
  });

  it('places a check-in at 00:30 after the spring change on the new day', () => {
    const checkin = aCheckin('c', ms('2024-03-31T22:30:00Z'), 3);

    expect(rollupDayOf({ store: 'checkins', record: checkin }, berlin)).toBe('2024-04-01');
  });
});
