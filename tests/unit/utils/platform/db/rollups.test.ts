import { describe, expect, it } from 'vitest';
import { addDays, dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { rollupsFromRecords } from '@/utils/domain/stats/rollup-revise';
import { recordAct, recordCheckin } from '@/utils/platform/db/record-with-rollup';
import { readAllRollups, readRollups, readStreakDays, rebuildRollups } from '@/utils/platform/db/rollups';
import { generateHistory } from '@/tests/fixtures/history/generate-history';
import { allEvents, freshHistoryDb, putRecords } from '@/tests/unit/helpers/history-db';
import { aCheckin, anAct, aRollup, ms } from '@/tests/unit/helpers/history-records';

const newYork = dayKeyOfZone('America/New_York');
const utc = dayKeyOfZone('UTC');
const noonOn = (day: string) => ms(`${day}T17:00:00Z`);

describe('readRollups', () => {
  it('reads the days of a range, both ends included, oldest first', async () => {
    const db = await freshHistoryDb();
    for (const day of ['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-02']) {
      await recordAct(db, anAct(`a-${day}`, noonOn(day)), newYork);
    }

    const rollups = await readRollups(db, { from: '2024-02-29', to: '2024-03-01' });

    expect(rollups.map((r) => r.day)).toEqual(['2024-02-29', '2024-03-01']);
  });
});

describe('rebuildRollups', () => {
  it('recomputes the roll-ups of records written without them, as after an import', async () => {
    const db = await freshHistoryDb();
    const records = generateHistory({ count: 3000, seed: 5, endAt: ms('2024-11-10T12:00:00Z'), days: 60 });
    await putRecords(db, records);

    await rebuildRollups(db, newYork);

    expect(await readAllRollups(db)).toEqual(rollupsFromRecords(await allEvents(db), newYork));
  });

  it('replaces roll-ups placed in another time zone, and removes stale days', async () => {
    const db = await freshHistoryDb();
    await recordAct(db, anAct('a1', ms('2024-03-10T02:00:00Z')), utc);
    await db.put('daily', aRollup('2020-01-01', { acts: 7 }));

    await rebuildRollups(db, newYork);

    expect(await readAllRollups(db)).toEqual([aRollup('2024-03-09', { acts: 1, actsByCategory: { connect: 1 } })]);
  });
});

describe('readStreakDays', () => {
  async function withActsOn(days: string[]) {
    const db = await freshHistoryDb();
    for (const day of days) await recordAct(db, anAct(`a-${day}`, noonOn(day)), newYork);
    return db;
  }

  it('reads back from today through consecutive days with acts', async () => {
    const db = await withActsOn(['2024-03-01', '2024-03-08', '2024-03-09', '2024-03-10', '2024-03-11']);

    expect(await readStreakDays(db, '2024-03-11')).toEqual(['2024-03-11', '2024-03-10', '2024-03-09', '2024-03-08']);
  });

  it('starts from yesterday when today has no act yet, even if today has other records', async () => {
    const db = await withActsOn(['2024-03-09', '2024-03-10']);
    await recordCheckin(db, aCheckin('c', noonOn('2024-03-11'), 3), newYork);

    expect(await readStreakDays(db, '2024-03-11')).toEqual(['2024-03-10', '2024-03-09']);
  });

  it('stops at a day that had records but no act', async () => {
    const db = await withActsOn(['2024-03-08', '2024-03-10']);
    await recordCheckin(db, aCheckin('c', noonOn('2024-03-09'), 3), newYork);

    expect(await readStreakDays(db, '2024-03-10')).toEqual(['2024-03-10']);
  });

  it.each([31, 32, 33, 96, 400])('follows a streak of %d days back through several reads', async (length) => {
    const db = await freshHistoryDb();
    const streak = Array.from({ length }, (_, i) => addDays('2024-03-11', -i));
    for (const day of [...streak, addDays('2024-03-11', -length - 1)]) await db.put('daily', aRollup(day, { acts: 1 }));

    expect(await readStreakDays(db, '2024-03-11')).toEqual(streak);
  });

  it('finds nothing when the last act was two days ago', async () => {
    const db = await withActsOn(['2024-03-08', '2024-03-09']);

    expect(await readStreakDays(db, '2024-03-11')).toEqual([]);
  });
});
