import { describe, expect, it } from 'vitest';
import { readJournalPage, TIMELINE_PAGE_SIZE } from '@/entrypoints/journal/journal-page';
import { freshHistoryDb } from '@/tests/unit/helpers/history-db';
import { aCheckin, anAct, anEpisode, aNudge, ms } from '@/tests/unit/helpers/history-records';

const today = '2024-03-31';
const query = { filter: 'all', kind: 'all', after: null, today, timeZone: 'UTC' } as const;

describe('readJournalPage', () => {
  it('lists acts, check-ins and episodes newest first, each episode with what came of its nudges', async () => {
    const db = await freshHistoryDb();
    await db.put('episodes', anEpisode('e1', ms('2024-03-31T08:00:00Z')));
    await db.put('episodes', anEpisode('e2', ms('2024-03-31T10:00:00Z')));
    await db.put('nudges', aNudge('n1', ms('2024-03-31T08:15:00Z'), { episodeId: 'e1', outcome: 'not-now' }));
    await db.put('nudges', aNudge('n2', ms('2024-03-31T08:25:00Z'), { episodeId: 'e1', outcome: 'accepted' }));
    await db.put('acts', anAct('a1', ms('2024-03-31T08:30:00Z'), { nudgeId: 'n2' }));
    await db.put('checkins', aCheckin('c1', ms('2024-03-31T09:00:00Z'), 4));

    const page = await readJournalPage(db, query);

    expect(page.entries.map((e) => [e.kind, e.id, e.kind === 'episode' ? e.nudge : '-'])).toEqual([
      ['episode', 'e2', null],
      ['checkin', 'c1', '-'],
      ['act', 'a1', '-'],
      ['episode', 'e1', 'accepted'],
    ]);
    expect(page.next).toBeNull();
  });

  it('pages on from the cursor until nothing is older', async () => {
    const db = await freshHistoryDb();
    const count = TIMELINE_PAGE_SIZE + 3;
    for (let i = 0; i < count; i += 1) await db.put('acts', anAct(`a${i}`, ms('2024-03-01T00:00:00Z') + i * 60_000));

    const first = await readJournalPage(db, query);
    const second = await readJournalPage(db, { ...query, after: first.next });

    expect(first.entries).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(second.entries.map((e) => e.id)).toEqual(['a2', 'a1', 'a0']);
    expect(second.next).toBeNull();
  });

  it('keeps to the past week (from local midnight six days ago) or the past month', async () => {
    const db = await freshHistoryDb();
    await db.put('acts', anAct('week', ms('2024-03-25T00:00:00Z')));
    await db.put('acts', anAct('month', ms('2024-03-24T23:59:59Z')));
    await db.put('acts', anAct('older', ms('2024-03-01T23:59:59Z')));

    const week = await readJournalPage(db, { ...query, filter: 'week' });
    const month = await readJournalPage(db, { ...query, filter: 'month' });

    expect(week.entries.map((e) => e.id)).toEqual(['week']);
    expect(month.entries.map((e) => e.id)).toEqual(['week', 'month']);
  });

  it('lists only the kind chosen', async () => {
    const db = await freshHistoryDb();
    await db.put('episodes', anEpisode('e1', ms('2024-03-31T08:00:00Z')));
    await db.put('acts', anAct('a1', ms('2024-03-31T08:30:00Z')));
    await db.put('checkins', aCheckin('c1', ms('2024-03-31T09:00:00Z'), 4));

    const acts = await readJournalPage(db, { ...query, kind: 'act' });
    const checkins = await readJournalPage(db, { ...query, kind: 'checkin' });

    expect(acts.entries.map((e) => e.id)).toEqual(['a1']);
    expect(checkins.entries.map((e) => e.id)).toEqual(['c1']);
  });
});
