import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { compareTimeline, type TimelineItem } from '@/utils/domain/stats/timeline';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { readTimelinePage, type TimelineQuery } from '@/utils/platform/db/timeline';
import { generateHistory } from '@/tests/fixtures/history/generate-history';
import { historyEventArbitrary } from '@/tests/unit/helpers/history-arbitraries';
import { allEvents, freshHistoryDb, putRecords } from '@/tests/unit/helpers/history-db';
import { aCheckin, anAct, anEpisode, ms } from '@/tests/unit/helpers/history-records';

/** Reads every page until `next` is null. */
async function readAllPages(db: HistoryDatabase, query: TimelineQuery): Promise<TimelineItem[][]> {
  const pages: TimelineItem[][] = [];
  let after = null;
  do {
    const page = await readTimelinePage(db, { ...query, after });
    pages.push(page.items);
    after = page.next;
  } while (after);
  return pages;
}

const keyOf = (item: { kind: string; id: string }) => `${item.kind}/${item.id}`;
const kindOf = { episodes: 'episode', nudges: 'nudge', acts: 'act', checkins: 'checkin' } as const;

async function expectedOrder(db: HistoryDatabase): Promise<string[]> {
  const items = (await allEvents(db)).map((event) => ({
    kind: kindOf[event.store],
    id: event.record.id,
    at: event.store === 'episodes' ? event.record.startedAt : event.record.at,
  }));
  return items.sort(compareTimeline).map(keyOf);
}

describe('readTimelinePage', () => {
  it('lists the newest records of every kind first, limited to the page size', async () => {
    const db = await freshHistoryDb();
    await db.put('acts', anAct('a1', ms('2024-03-01T10:00:00Z')));
    await db.put('checkins', aCheckin('c1', ms('2024-03-02T10:00:00Z'), 3));
    await db.put('episodes', anEpisode('e1', ms('2024-03-03T10:00:00Z')));

    const page = await readTimelinePage(db, { limit: 2 });

    expect(page.items.map(keyOf)).toEqual(['episode/e1', 'checkin/c1']);
    expect(page.next).toEqual({ at: ms('2024-03-02T10:00:00Z'), kind: 'checkin', id: 'c1' });
  });

  it('pages through a generated history newest first, every record exactly once', async () => {
    const db = await freshHistoryDb();
    const records = generateHistory({ count: 700, seed: 3, endAt: ms('2024-04-01T00:00:00Z'), days: 20 });
    await putRecords(db, records);

    const pages = await readAllPages(db, { limit: 50 });

    expect(pages).toHaveLength(14);
    expect(pages.flat().map(keyOf)).toEqual(await expectedOrder(db));
  });

  it('pages through records that share their times, across kinds, without loss or repeat', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(historyEventArbitrary(), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        async (events, limit) => {
          const db = await freshHistoryDb();
          for (const event of events) await db.put(event.store, event.record as never);

          const pages = await readAllPages(db, { limit });

          expect(pages.flat().map(keyOf)).toEqual(await expectedOrder(db));
          expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  });

  describe('where the engine has no getAllRecords (a cursor step per record)', () => {
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const original = proto.getAllRecords;
    afterEach(() => {
      proto.getAllRecords = original;
    });

    it('pages through records that share their times without loss or repeat', async () => {
      delete proto.getAllRecords;

      await fc.assert(
        fc.asyncProperty(
          fc.array(historyEventArbitrary(), { maxLength: 40 }),
          fc.integer({ min: 1, max: 7 }),
          async (events, limit) => {
            const db = await freshHistoryDb();
            for (const event of events) await db.put(event.store, event.record as never);

            const pages = await readAllPages(db, { limit });

            expect(pages.flat().map(keyOf)).toEqual(await expectedOrder(db));
            db.close();
          },
        ),
        { numRuns: 20 },
      );
    });
  });

  it('keeps to a time range and to the kinds asked for', async () => {
    const db = await freshHistoryDb();
    await db.put('acts', anAct('old', ms('2024-02-29T23:59:59.999Z')));
    await db.put('acts', anAct('in', ms('2024-03-01T00:00:00Z')));
    await db.put('checkins', aCheckin('skip', ms('2024-03-02T00:00:00Z'), 2));
    await db.put('acts', anAct('late', ms('2024-04-01T00:00:00Z')));

    const pages = await readAllPages(db, {
      limit: 10,
      from: ms('2024-03-01T00:00:00Z'),
      to: ms('2024-03-31T23:59:59.999Z'),
      kinds: ['act'],
    });

    expect(pages.flat().map(keyOf)).toEqual(['act/in']);
  });

  it('answers an empty page for an empty history', async () => {
    const db = await freshHistoryDb();

    expect(await readTimelinePage(db, { limit: 20 })).toEqual({ items: [], next: null });
  });
});
