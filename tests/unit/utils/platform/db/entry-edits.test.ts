import { describe, expect, it } from 'vitest';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { addPastAct, deleteEntry, editEntry } from '@/utils/platform/db/entry-edits';
import { recordAct, recordCheckin, recordNudge, saveEpisodeWithRollup } from '@/utils/platform/db/record-with-rollup';
import { allEvents, freshHistoryDb } from '@/tests/unit/helpers/history-db';
import { aCheckin, anAct, anEpisode, aNudge, ms } from '@/tests/unit/helpers/history-records';

const ZONE = 'Europe/Berlin';
const dayKeyOf = dayKeyOfZone(ZONE);
const NOW = ms('2026-06-17T12:00:00Z');

/** A database holding one episode with a nudge, one act and a check-in on 16 June, one act on 17 June. */
async function seeded() {
  const db = await freshHistoryDb();
  await saveEpisodeWithRollup(db, anEpisode('e1', ms('2026-06-16T08:00:00Z')), dayKeyOf);
  await recordNudge(db, aNudge('n1', ms('2026-06-16T08:15:00Z'), { episodeId: 'e1' }), dayKeyOf);
  await recordAct(db, anAct('a1', ms('2026-06-16T09:00:00Z')), dayKeyOf);
  await recordCheckin(db, aCheckin('c1', ms('2026-06-16T09:05:00Z'), 2), dayKeyOf);
  await recordAct(db, anAct('a2', ms('2026-06-17T09:00:00Z')), dayKeyOf);
  return db;
}

/** The roll-ups as stored, and as computed from scratch from the records now stored. */
async function rollups(db: Awaited<ReturnType<typeof seeded>>) {
  return { stored: await db.getAll('daily'), fromRecords: rollupsFromRecords(await allEvents(db), dayKeyOf) };
}

describe('entry edits', () => {
  it('changes a check-in’s mood and its day’s mood sum in one go', async () => {
    const db = await seeded();

    const found = await editEntry(db, { kind: 'checkin', id: 'c1', mood: 5, note: 'better' }, dayKeyOf);

    expect(found).toBe(true);
    expect(await db.get('checkins', 'c1')).toMatchObject({ mood: 5, note: 'better' });
    const { stored, fromRecords } = await rollups(db);
    expect(stored).toEqual(fromRecords);
    expect(stored.find((r) => r.day === '2026-06-16')?.moodSum).toBe(5);
  });

  it('removes an act and takes it out of its day’s counts', async () => {
    const db = await seeded();

    await deleteEntry(db, { kind: 'act', id: 'a1' }, dayKeyOf);

    expect(await db.get('acts', 'a1')).toBeUndefined();
    const { stored, fromRecords } = await rollups(db);
    expect(stored).toEqual(fromRecords);
    expect(stored.find((r) => r.day === '2026-06-16')?.acts).toBe(0);
  });

  it('removes an episode with its nudges, and a day left empty disappears', async () => {
    const db = await freshHistoryDb();
    await saveEpisodeWithRollup(db, anEpisode('e1', ms('2026-06-10T08:00:00Z')), dayKeyOf);
    await recordNudge(db, aNudge('n1', ms('2026-06-10T08:15:00Z'), { episodeId: 'e1' }), dayKeyOf);

    await deleteEntry(db, { kind: 'episode', id: 'e1' }, dayKeyOf);

    expect(await db.getAll('nudges')).toEqual([]);
    expect(await db.getAll('daily')).toEqual([]);
  });

  it('answers "not found" for an entry that is not there, and changes nothing', async () => {
    const db = await seeded();
    const before = await db.getAll('daily');

    expect(await deleteEntry(db, { kind: 'act', id: 'nope' }, dayKeyOf)).toBe(false);
    expect(await db.getAll('daily')).toEqual(before);
  });

  it('adds a past kind act at midday of its local day, counted on that day', async () => {
    const db = await seeded();

    const act = await addPastAct(
      db,
      { day: '2026-05-02', title: 'Helped a neighbour', category: 'support', note: '' },
      'p1',
      NOW,
      ZONE,
    );

    expect(act).toMatchObject({ id: 'p1', at: ms('2026-05-02T10:00:00Z'), title: 'Helped a neighbour' });
    const { stored, fromRecords } = await rollups(db);
    expect(stored).toEqual(fromRecords);
    expect(stored.find((r) => r.day === '2026-05-02')).toMatchObject({ acts: 1, actsByCategory: { support: 1 } });
  });

  it('refuses a day in the future', async () => {
    const db = await seeded();

    const act = await addPastAct(
      db,
      { day: '2026-06-18', title: 'Later', category: 'give', note: '' },
      'p2',
      NOW,
      ZONE,
    );

    expect(act).toBeNull();
    expect(await db.get('acts', 'p2')).toBeUndefined();
  });
});
