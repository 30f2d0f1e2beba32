import { describe, expect, it } from 'vitest';
import type { NudgeOutcome } from '@/utils/domain/history/records';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { episodeNudgeOutcome, groupByDay, timelineFilterStart } from '@/utils/domain/stats/journal-entries';
import { aNudge, ms } from '@/tests/unit/helpers/history-records';

describe('timelineFilterStart', () => {
  it.each([
    ['week', '2024-04-02', 'Europe/Berlin', '2024-03-26T23:00:00Z'],
    ['month', '2024-04-02', 'Europe/Berlin', '2024-03-03T23:00:00Z'],
    ['week', '2024-11-06', 'America/New_York', '2024-10-31T04:00:00Z'],
    ['week', '2024-03-01', 'UTC', '2024-02-24T00:00:00Z'],
  ] as const)('starts the %s filter of %s at local midnight in %s', (filter, today, zone, start) => {
    expect(timelineFilterStart(filter, today, zone)).toBe(ms(start));
  });

  it('lists everything for "all"', () => {
    expect(timelineFilterStart('all', '2024-04-02', 'UTC')).toBeUndefined();
  });
});

describe('episodeNudgeOutcome', () => {
  const nudge = (at: string, outcome: NudgeOutcome) => aNudge(`n-${at}`, ms(at), { outcome });

  it.each([
    ['no nudge', [], null],
    ['the one nudge’s outcome', [nudge('2024-03-01T10:00:00Z', 'not-now')], 'not-now'],
    [
      'the latest nudge’s outcome',
      [nudge('2024-03-01T10:20:00Z', 'dismissed'), nudge('2024-03-01T10:00:00Z', 'not-now')],
      'dismissed',
    ],
    [
      'taken up, when any nudge was, even an earlier one',
      [nudge('2024-03-01T10:00:00Z', 'accepted'), nudge('2024-03-01T10:20:00Z', 'expired')],
      'accepted',
    ],
  ] as const)('answers %s', (_label, nudges, outcome) => {
    expect(episodeNudgeOutcome(nudges)).toBe(outcome);
  });
});

describe('groupByDay', () => {
  it('groups entries in timeline order by local day, across midnight in the zone', () => {
    const berlin = dayKeyOfZone('Europe/Berlin');
    const entries = [
      { id: 'c', at: ms('2024-03-31T22:30:00Z') },
      { id: 'b', at: ms('2024-03-31T21:30:00Z') },
      { id: 'a', at: ms('2024-03-30T12:00:00Z') },
    ];

    const groups = groupByDay(entries, berlin);

    expect(groups.map((g) => [g.day, g.entries.map((e) => e.id)])).toEqual([
      ['2024-04-01', ['c']],
      ['2024-03-31', ['b']],
      ['2024-03-30', ['a']],
    ]);
  });

  it('has no groups for no entries', () => {
    expect(groupByDay([], dayKeyOfZone('UTC'))).toEqual([]);
  });
});
