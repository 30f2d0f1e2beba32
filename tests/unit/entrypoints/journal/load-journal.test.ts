import { afterEach, describe, expect, it } from 'vitest';
import { loadJournal } from '@/entrypoints/journal/load-journal';
import { actsRepo, checkinsRepo } from '@/utils/platform/db/repos';
import { HISTORY_DB_NAME } from '@/utils/platform/db/schema';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import { localDayKeyOf } from '@/utils/platform/time-zone';
import { aCheckin, anAct } from '@/tests/unit/helpers/history-records';

// Local noon of a fixed day, so records a few minutes earlier fall on the same local day in any zone.
const now = new Date(2026, 5, 17, 12, 0, 0, 0).getTime();

afterEach(async () => {
  await closeHistoryDb();
  await new Promise((resolve) => (indexedDB.deleteDatabase(HISTORY_DB_NAME).onsuccess = resolve));
});

describe('loadJournal', () => {
  it('finds nothing yet in a new history', async () => {
    expect(await loadJournal(now)).toEqual({ status: 'empty' });
  });

  it('reads the figures, the mood pairs and the first timeline page of a history', async () => {
    const history = await getHistoryDb();
    if (!history.ok) throw new Error(history.message);
    const dayKeyOf = localDayKeyOf();
    await actsRepo.add(history.db, anAct('a1', now - 60_000, { category: 'give' }), dayKeyOf);
    await checkinsRepo.add(history.db, aCheckin('before', now - 120_000, 2, { context: 'before' }), dayKeyOf);
    await checkinsRepo.add(
      history.db,
      aCheckin('after', now - 30_000, 4, { context: 'after', actRecordId: 'a1' }),
      dayKeyOf,
    );

    const journal = await loadJournal(now);

    if (journal.status !== 'ready') throw new Error(`not ready: ${journal.status}`);
    const { figures } = journal;
    expect(figures.totals).toMatchObject({ acts: 1, checkins: 2, since: dayKeyOf(now) });
    expect(figures.series.size).toBe('day');
    expect(figures.series.bins.at(-1)).toMatchObject({ from: dayKeyOf(now), acts: 1 });
    expect(figures.sinceYouBegan).toMatchObject({ status: 'too-early', days: 1 });
    expect(figures.milestones).toEqual([{ kind: 'acts', day: dayKeyOf(now), count: 1 }]);
    expect(figures.categories[0]).toEqual({ category: 'give', acts: 1 });
    expect(figures.actDays).toBe(1);
    expect(figures.mood).toMatchObject({ enough: false, pairs: 1, needed: 5 });
    expect(figures.firstPage.entries.map((e) => e.id)).toEqual(['after', 'a1', 'before']);
    expect(figures.sinceReach).toBeNull();
  });

  it('reads people reached and gifts of the first fortnight and the last, and nothing between', async () => {
    const history = await getHistoryDb();
    if (!history.ok) throw new Error(history.message);
    const dayKeyOf = localDayKeyOf();
    const day = 86_400_000;
    const gift = (amount: number) => ({ given: { amount, currency: 'EUR', causeId: 'food' } });
    const acts = [
      anAct('begin', now - 59 * day, { actId: 'thinking-of-you', personId: 'p-ana' }),
      anAct('first-gift', now - 50 * day, { actId: 'small-gift', ...gift(5) }),
      anAct('between', now - 30 * day, { actId: 'thinking-of-you', personId: 'p-cy', ...gift(100) }),
      anAct('late-1', now - 10 * day, { actId: 'call-family', personId: 'p-ana' }),
      anAct('late-2', now - 2 * day, { actId: 'voice-note', personId: 'p-bo', ...gift(2) }),
      anAct('late-3', now - 1 * day, { actId: 'thinking-of-you', personId: 'p-ana' }),
    ];
    for (const act of acts) await actsRepo.add(history.db, act, dayKeyOf);

    const journal = await loadJournal(now);

    if (journal.status !== 'ready') throw new Error(`not ready: ${journal.status}`);
    expect(journal.figures.sinceYouBegan).toMatchObject({ status: 'ready' });
    expect(journal.figures.sinceReach).toEqual({
      people: { first: 1, latest: 2, trend: 'more' },
      gifts: {
        first: { totals: [{ currency: 'EUR', amount: 5 }], causes: 1 },
        latest: { totals: [{ currency: 'EUR', amount: 2 }], causes: 1 },
      },
    });
  });
});
