import { describe, expect, it } from 'vitest';
import { MIN_MOOD_PAIRS, moodChange, pairMoods } from '@/utils/domain/stats/mood-pairs';
import { aCheckin, anAct } from '@/tests/unit/helpers/history-records';

const MINUTE = 60_000;
const t0 = Date.UTC(2024, 2, 31, 9);
const before = (id: string, at: number, mood: number, actRecordId: string | null = null) =>
  aCheckin(id, at, mood, { context: 'before', actRecordId });
const after = (id: string, at: number, mood: number, actRecordId: string) =>
  aCheckin(id, at, mood, { context: 'after', actRecordId });

describe('pairMoods', () => {
  it('pairs a before check-in from up to 30 minutes before the act started with the after check-in tied to it', () => {
    const act = anAct('a1', t0 + 35 * MINUTE, { startedAt: t0 + 30 * MINUTE });

    const pairs = pairMoods([act], [before('b', t0, 2), after('f', t0 + 36 * MINUTE, 4, 'a1')]);

    expect(pairs).toEqual([{ actRecordId: 'a1', actAt: act.at, before: 2, after: 4 }]);
  });

  it('does not pair a before check-in from more than 30 minutes before the act started', () => {
    const act = anAct('a1', t0 + 40 * MINUTE, { startedAt: t0 + 31 * MINUTE });

    expect(pairMoods([act], [before('b', t0, 2), after('f', t0 + 41 * MINUTE, 4, 'a1')])).toEqual([]);
  });

  it('measures the window from the moment the act was done when its start is unknown', () => {
    const act = anAct('a1', t0 + 30 * MINUTE);

    expect(pairMoods([act], [before('b', t0, 2), after('f', t0 + 31 * MINUTE, 3, 'a1')])).toHaveLength(1);
  });

  it('prefers a before check-in tied to the act by id, wherever it falls', () => {
    const act = anAct('a1', t0 + 90 * MINUTE);
    const checkins = [
      before('tied', t0, 1, 'a1'),
      before('near', t0 + 80 * MINUTE, 3),
      after('f', t0 + 91 * MINUTE, 4, 'a1'),
    ];

    expect(pairMoods([act], checkins)[0]?.before).toBe(1);
  });

  it('needs an after check-in tied to the act: one that is merely close does not count', () => {
    const act = anAct('a1', t0 + 5 * MINUTE);
    const loose = aCheckin('f', t0 + 6 * MINUTE, 5, { context: 'after', actRecordId: null });

    expect(pairMoods([act], [before('b', t0, 2), loose])).toEqual([]);
  });

  it('uses one before check-in for one act only, the nearest earlier one first', () => {
    const first = anAct('a1', t0 + 10 * MINUTE);
    const second = anAct('a2', t0 + 12 * MINUTE);
    const checkins = [
      before('b1', t0, 2),
      before('b2', t0 + 9 * MINUTE, 3),
      after('f1', t0 + 11 * MINUTE, 4, 'a1'),
      after('f2', t0 + 13 * MINUTE, 5, 'a2'),
    ];

    const pairs = pairMoods([second, first], checkins);

    expect(pairs.map((p) => [p.actRecordId, p.before, p.after])).toEqual([
      ['a1', 3, 4],
      ['a2', 2, 5],
    ]);
  });

  it('takes the latest after check-in when the person changed it', () => {
    const act = anAct('a1', t0 + 5 * MINUTE);
    const checkins = [before('b', t0, 2), after('f1', t0 + 6 * MINUTE, 3, 'a1'), after('f2', t0 + 8 * MINUTE, 5, 'a1')];

    expect(pairMoods([act], checkins)[0]?.after).toBe(5);
  });

  it('ignores standalone check-ins and acts without both halves', () => {
    const acts = [anAct('a1', t0 + 5 * MINUTE), anAct('a2', t0 + 200 * MINUTE)];
    const checkins = [aCheckin('s', t0, 1), after('f', t0 + 201 * MINUTE, 4, 'a2')];

    expect(pairMoods(acts, checkins)).toEqual([]);
  });
});

describe('moodChange', () => {
  const pair = (before: number, after: number) => ({ actRecordId: 'a', actAt: 0, before, after });

  it.each([
    ['no pairs', []],
    ['fewer pairs than the minimum', [pair(2, 4), pair(3, 4)]],
  ])('says "not enough data yet" for %s, with the count so far', (_, pairs) => {
    expect(moodChange(pairs)).toEqual({ enough: false, pairs: pairs.length, needed: MIN_MOOD_PAIRS });
  });

  it('averages before, after and the change once there are enough pairs', () => {
    const change = moodChange([pair(2, 4), pair(3, 4), pair(3, 3)], 3);

    expect(change).toMatchObject({
      enough: true,
      pairs: 3,
      averageBefore: 8 / 3,
      averageAfter: 11 / 3,
      averageChange: 1,
    });
  });

  it('gives the median change of the pairs and how many rose, stayed and fell', () => {
    const change = moodChange([pair(1, 5), pair(3, 4), pair(3, 3), pair(4, 4), pair(4, 2)]);

    expect(change).toMatchObject({ enough: true, pairs: 5, medianChange: 0, rose: 2, same: 2, fell: 1 });
    expect(change.enough && change.averageChange).toBeCloseTo(0.6);
  });

  it('takes the mean of the two middle changes for an even count of pairs', () => {
    const change = moodChange([pair(2, 3), pair(2, 4), pair(3, 3), pair(3, 5), pair(1, 5), pair(5, 4)]);

    expect(change).toMatchObject({ enough: true, medianChange: 1.5 });
  });

  it('stays silent with one pair fewer than the stated minimum', () => {
    const four = [pair(1, 5), pair(1, 5), pair(1, 5), pair(1, 5)];

    expect(MIN_MOOD_PAIRS).toBe(5);
    expect(moodChange(four)).toEqual({ enough: false, pairs: 4, needed: 5 });
  });

  it('reports a drop honestly', () => {
    expect(moodChange([pair(4, 3)], 1)).toMatchObject({ enough: true, averageChange: -1 });
  });
});
