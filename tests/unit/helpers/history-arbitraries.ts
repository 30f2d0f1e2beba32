import fc from 'fast-check';
import { ACT_CATEGORIES } from '@/utils/domain/settings/schema';
import { CHECKIN_CONTEXTS, NUDGE_OUTCOMES } from '@/utils/domain/history/records';
import type { HistoryEvent } from '@/utils/domain/stats/rollup';
import { aCheckin, anAct, anEpisode, aNudge, ms } from './history-records';

/** Instants around Berlin's spring DST change and a month boundary, with many ties at midnight. */
export const instantArbitrary = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: ms('2024-03-30T20:00:00Z'), max: ms('2024-04-01T02:00:00Z') }),
    fc.constantFrom(ms('2024-03-30T23:00:00Z'), ms('2024-03-31T22:00:00Z'), ms('2024-03-31T21:59:59.999Z')),
  );

/** Ids from a small pool, so writes often replace an earlier record of the same id. */
const idArbitrary = (prefix: string) => fc.integer({ min: 0, max: 4 }).map((n) => `${prefix}${n}`);
const minutes = fc.integer({ min: 0, max: 90 }).map((m) => m * 60_000);

/** Any record written to one of the four stores. */
export const historyEventArbitrary = (): fc.Arbitrary<HistoryEvent> =>
  fc.oneof(
    fc
      .record({ id: idArbitrary('e'), at: instantArbitrary(), doomMs: minutes, extra: minutes })
      .map(({ id, at, doomMs, extra }) => ({
        store: 'episodes' as const,
        record: anEpisode(id, at, { doomMs, activeMs: doomMs + extra }),
      })),
    fc
      .record({ id: idArbitrary('n'), at: instantArbitrary(), outcome: fc.constantFrom(...NUDGE_OUTCOMES) })
      .map(({ id, at, outcome }) => ({ store: 'nudges' as const, record: aNudge(id, at, { outcome }) })),
    fc
      .record({ id: idArbitrary('a'), at: instantArbitrary(), category: fc.constantFrom(...ACT_CATEGORIES) })
      .map(({ id, at, category }) => ({ store: 'acts' as const, record: anAct(id, at, { category }) })),
    fc
      .record({
        id: idArbitrary('c'),
        at: instantArbitrary(),
        mood: fc.integer({ min: 1, max: 5 }),
        context: fc.constantFrom(...CHECKIN_CONTEXTS),
      })
      .map(({ id, at, mood, context }) => ({
        store: 'checkins' as const,
        record: aCheckin(id, at, mood, { context }),
      })),
  );
