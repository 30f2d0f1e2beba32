import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKeyOfZone, type DayKey } from '@/utils/domain/stats/day-key';
import type { DailyRollup, HistoryEvent } from '@/utils/domain/stats/rollup';
import { reviseRollups, rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { historyEventArbitrary } from '@/tests/unit/helpers/history-arbitraries';
import { anEpisode, aNudge, aRollup, ms } from '@/tests/unit/helpers/history-records';

const berlin = dayKeyOfZone('Europe/Berlin');
const start = ms('2024-03-31T08:00:00Z');

/** Applies a revision to a map of stored roll-ups, as the database transaction does. */
function store(rollups: Map<DayKey, DailyRollup>, previous: HistoryEvent | undefined, next: HistoryEvent | undefined) {
  const revision = reviseRollups(rollups, previous, next, berlin);
  for (const rollup of revision.put) rollups.set(rollup.day, rollup);
  for (const day of revision.remove) rollups.delete(day);
}

describe('reviseRollups', () => {
  it('counts an episode checkpointed three times, growing, once with its latest doom time', () => {
    const rollups = new Map<DayKey, DailyRollup>();
    const checkpoints = [60_000, 120_000, 180_000].map((doomMs) => ({
      store: 'episodes' as const,
      record: anEpisode('e1', start, { doomMs, activeMs: doomMs, endedAt: null, endReason: null }),
    }));

    let previous: HistoryEvent | undefined;
    for (const checkpoint of checkpoints) {
      store(rollups, previous, checkpoint);
      previous = checkpoint;
    }

    expect([...rollups.values()]).toEqual([aRollup('2024-03-31', { episodes: 1, doomMs: 180_000, activeMs: 180_000 })]);
  });

  it('changes nothing when the same record is written again', () => {
    const rollups = new Map([['2024-03-31', aRollup('2024-03-31', { nudgesShown: 1 })]]);
    const nudge: HistoryEvent = { store: 'nudges', record: aNudge('n1', start) };

    const revision = reviseRollups(rollups, nudge, nudge, berlin);

    expect(revision).toEqual({ put: [aRollup('2024-03-31', { nudgesShown: 1 })], remove: [] });
  });

  it('counts a nudge whose outcome became "accepted" as shown once and accepted once', () => {
    const rollups = new Map<DayKey, DailyRollup>();
    const shown: HistoryEvent = { store: 'nudges', record: aNudge('n1', start) };
    const accepted: HistoryEvent = {
      store: 'nudges',
      record: aNudge('n1', start, { outcome: 'accepted', outcomeAt: start + 5 }),
    };

    store(rollups, undefined, shown);
    store(rollups, shown, accepted);

    expect(rollups.get('2024-03-31')).toEqual(aRollup('2024-03-31', { nudgesShown: 1, nudgesAccepted: 1 }));
  });

  it('moves a record to another day and deletes the day it left empty', () => {
    const rollups = new Map<DayKey, DailyRollup>();
    const before: HistoryEvent = { store: 'nudges', record: aNudge('n1', start) };
    const after: HistoryEvent = { store: 'nudges', record: aNudge('n1', start + 86_400_000) };
    store(rollups, undefined, before);

    const revision = reviseRollups(rollups, before, after, berlin);

    expect(revision).toEqual({ put: [aRollup('2024-04-01', { nudgesShown: 1 })], remove: ['2024-03-31'] });
  });

  it('takes a deleted record away', () => {
    const rollups = new Map([['2024-03-31', aRollup('2024-03-31', { nudgesShown: 2 })]]);

    const revision = reviseRollups(rollups, { store: 'nudges', record: aNudge('n1', start) }, undefined, berlin);

    expect(revision).toEqual({ put: [aRollup('2024-03-31', { nudgesShown: 1 })], remove: [] });
  });

  it('keeps roll-ups equal to a recomputation from the final records, whatever is written in any order', () => {
    fc.assert(
      fc.property(fc.array(historyEventArbitrary(), { maxLength: 60 }), (writes) => {
        const rollups = new Map<DayKey, DailyRollup>();
        const records = new Map<string, HistoryEvent>();

        for (const write of writes) {
          const key = `${write.store}/${write.record.id}`;
          store(rollups, records.get(key), write);
          records.set(key, write);
        }

        const byDay = (a: DailyRollup, b: DailyRollup) => (a.day < b.day ? -1 : 1);
        expect([...rollups.values()].sort(byDay)).toEqual(rollupsFromRecords(records.values(), berlin));
      }),
    );
  });
});
