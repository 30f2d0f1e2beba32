import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import type { HistoryEvent } from '@/utils/domain/stats/rollup';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { recordAct, recordCheckin, recordNudge, saveEpisodeWithRollup } from '@/utils/platform/db/record-with-rollup';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { episodesRepo } from '@/utils/platform/db/repos';
import { historyEventArbitrary } from '@/tests/unit/helpers/history-arbitraries';
import { allEvents, freshHistoryDb } from '@/tests/unit/helpers/history-db';
import { aCheckin, anAct, anEpisode, aNudge, aRollup, ms } from '@/tests/unit/helpers/history-records';

const berlin = dayKeyOfZone('Europe/Berlin');
const start = ms('2024-10-27T20:00:00Z');

function write(db: HistoryDatabase, event: HistoryEvent) {
  switch (event.store) {
    case 'episodes':
      return saveEpisodeWithRollup(db, event.record, berlin);
    case 'nudges':
      return recordNudge(db, event.record, berlin);
    case 'acts':
      return recordAct(db, event.record, berlin);
    case 'checkins':
      return recordCheckin(db, event.record, berlin);
  }
}

describe('recording with roll-ups', () => {
  it('stores an act and counts it on its local day', async () => {
    const db = await freshHistoryDb();
    const act = anAct('a1', ms('2024-03-31T22:30:00Z'), { category: 'give' });

    await recordAct(db, act, berlin);

    expect(await db.get('acts', 'a1')).toEqual(act);
    expect(await db.getAll('daily')).toEqual([aRollup('2024-04-01', { acts: 1, actsByCategory: { give: 1 } })]);
  });

  it('counts an episode saved at every checkpoint and then finalised as one episode', async () => {
    const db = await freshHistoryDb();
    const open = (doomMs: number) =>
      anEpisode('e1', start, { doomMs, activeMs: doomMs, endedAt: null, endReason: null });

    for (const doomMs of [60_000, 120_000, 120_000, 300_000]) await saveEpisodeWithRollup(db, open(doomMs), berlin);
    await saveEpisodeWithRollup(db, anEpisode('e1', start, { doomMs: 360_000, activeMs: 400_000 }), berlin);

    expect(await db.getAll('daily')).toEqual([
      aRollup('2024-10-27', { episodes: 1, doomMs: 360_000, activeMs: 400_000 }),
    ]);
  });

  it('counts checkpoints written at the same time once, as the database serialises them', async () => {
    const db = await freshHistoryDb();
    const checkpoints = [1, 2, 3, 4, 5].map((m) =>
      anEpisode('e1', start, { doomMs: m * 60_000, activeMs: m * 60_000 }),
    );

    await Promise.all(checkpoints.map((episode) => saveEpisodeWithRollup(db, episode, berlin)));

    expect(await db.getAll('daily')).toEqual([
      aRollup('2024-10-27', { episodes: 1, doomMs: 300_000, activeMs: 300_000 }),
    ]);
  });

  it('keeps roll-ups right when the repository saves an episode again', async () => {
    const db = await freshHistoryDb();

    await episodesRepo.save(db, anEpisode('e1', start), berlin);
    await episodesRepo.save(db, anEpisode('e1', start), berlin);

    expect((await db.getAll('daily')).map((r) => r.episodes)).toEqual([1]);
  });

  it('updates a nudge outcome and a changed mood in place', async () => {
    const db = await freshHistoryDb();

    await recordNudge(db, aNudge('n1', start), berlin);
    await recordNudge(db, aNudge('n1', start, { outcome: 'accepted', outcomeAt: start + 1000 }), berlin);
    await recordCheckin(db, aCheckin('c1', start, 2), berlin);
    await recordCheckin(db, aCheckin('c1', start, 4), berlin);

    expect(await db.getAll('daily')).toEqual([
      aRollup('2024-10-27', { nudgesShown: 1, nudgesAccepted: 1, checkins: 1, moodSum: 4 }),
    ]);
  });

  it('leaves the roll-ups equal to a recomputation from the stored records, after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(historyEventArbitrary(), { maxLength: 25 }), async (writes) => {
        const db = await freshHistoryDb();

        for (const event of writes) await write(db, event);

        expect(await db.getAll('daily')).toEqual(rollupsFromRecords(await allEvents(db), berlin));
        db.close();
      }),
      { numRuns: 30 },
    );
  });
});
