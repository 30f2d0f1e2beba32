import { describe, expect, it } from 'vitest';
import { shouldShowCrisisCard } from '@/utils/domain/stats/crisis';
import { aCheckin } from '@/tests/unit/helpers/history-records';

const DAY = 86_400_000;
const now = Date.UTC(2024, 2, 20, 12);
const low = (id: string, daysAgo: number) => aCheckin(id, now - daysAgo * DAY, 1);

describe('shouldShowCrisisCard', () => {
  it.each([
    ['three lowest check-ins within seven days', [low('a', 0), low('b', 2), low('c', 6.9)], true],
    ['exactly seven days ago still counts', [low('a', 0), low('b', 1), low('c', 7)], true],
    ['the oldest of the three is older than seven days', [low('a', 0), low('b', 1), low('c', 7.01)], false],
    ['only two check-ins', [low('a', 0), low('b', 1)], false],
    ['no check-ins', [], false],
    ['one of the three at mood 2', [low('a', 0), aCheckin('b', now - DAY, 2), low('c', 2)], false],
    [
      'the latest check-in is better, older ones low',
      [aCheckin('x', now, 3), low('a', 1), low('b', 2), low('c', 3)],
      false,
    ],
    [
      'given out of order, the latest three decide',
      [low('c', 3), low('a', 1), aCheckin('old', now - 5 * DAY, 4), low('b', 2)],
      true,
    ],
  ])('%s: %s', (_, checkins, expected) => {
    expect(shouldShowCrisisCard(checkins, now)).toBe(expected);
  });
});
