import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayKeyOfZone, type DayKey } from '@/utils/domain/stats/day-key';
import { pairMoods } from '@/utils/domain/stats/mood-pairs';
import { startOfWeek } from '@/utils/domain/stats/week';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { recordCheckin } from '@/utils/platform/db/record-with-rollup';
import { rebuildRollups } from '@/utils/platform/db/rollups';
import {
  readCategoryCounts,
  readCrisisCard,
  readDailySeries,
  readMoodChange,
  readStreak,
  readTodayFigures,
  readTotals,
  readWeeklyReflection,
} from '@/utils/platform/db/stats-reads';
import { generateHistory, type HistoryRecords } from '@/tests/fixtures/history/generate-history';
import { freshHistoryDb, putRecords } from '@/tests/unit/helpers/history-db';
import { aCheckin } from '@/tests/unit/helpers/history-records';

const newYork = dayKeyOfZone('America/New_York');
const endAt = Date.parse('2024-11-06T23:00:00Z');
const today: DayKey = newYork(endAt);
const records: HistoryRecords = generateHistory({ count: 4000, seed: 11, endAt, days: 45 });
// Counted straight from the records, without roll-ups, to check the roll-up path against.
const actsOn = (from: DayKey, to: DayKey) =>
  records.acts.filter((act) => newYork(act.at) >= from && newYork(act.at) <= to).length;
const episodesOn = (day: DayKey) => records.episodes.filter((e) => newYork(e.startedAt) === day);

let db: HistoryDatabase;

beforeAll(async () => {
  db = await freshHistoryDb();
  await putRecords(db, records);
  await rebuildRollups(db, newYork);
});

describe('statistics read through the roll-ups', () => {
  it("give today's figures as counted from the records", async () => {
    const figures = await readTodayFigures(db, today, 0);

    const doomMs = episodesOn(today).reduce((sum, e) => sum + e.doomMs, 0);
    expect(figures).toEqual({
      day: today,
      doomMinutes: Math.round(doomMs / 60_000),
      episodes: episodesOn(today).length,
      actsToday: actsOn(today, today),
      actsThisWeek: actsOn(startOfWeek(today, 0), today),
    });
  });

  it('give thirty days of acts, across the November DST change, as counted from the records', async () => {
    const series = await readDailySeries(db, today);

    expect(series.map((point) => point.acts)).toEqual(
      Array.from({ length: 30 }, (_, i) => addDays(today, i - 29)).map((day) => actsOn(day, day)),
    );
  });

  it('compare this week with last week as counted from the records', async () => {
    const reflection = await readWeeklyReflection(db, today, 1);

    expect(reflection.thisWeek.acts).toBe(actsOn(reflection.thisWeek.from, today));
    expect(reflection.lastWeek.acts).toBe(actsOn(reflection.lastWeek.from, reflection.lastWeek.to));
  });

  it('total everything since the first record', async () => {
    const totals = await readTotals(db);

    expect(totals.acts).toBe(records.acts.length);
    expect(totals.since).toBe(
      newYork(
        Math.min(
          ...records.episodes.map((e) => e.startedAt),
          ...records.acts.map((a) => a.at),
          ...records.checkins.map((c) => c.at),
          ...records.nudges.map((n) => n.at),
        ),
      ),
    );
  });

  it('count acts per category', async () => {
    const counts = await readCategoryCounts(db);

    for (const { category, acts } of counts) {
      expect(acts).toBe(records.acts.filter((act) => act.category === category).length);
    }
  });

  it('find the current streak of days with acts', async () => {
    const streak = await readStreak(db, today);

    let expected = 0;
    const start = actsOn(today, today) > 0 ? today : addDays(today, -1);
    for (let day = start; actsOn(day, day) > 0; day = addDays(day, -1)) expected += 1;
    expect(streak.days).toBe(expected);
  });

  it('pair moods around the acts of a range through the time indexes', async () => {
    const range = { from: endAt - 14 * 86_400_000, to: endAt };

    const { pairs, change } = await readMoodChange(db, range);

    const acts = records.acts.filter((a) => a.at >= range.from && a.at <= range.to);
    expect(pairs).toEqual(pairMoods(acts, records.checkins));
    expect(change.pairs).toBe(pairs.length);
  });

  it('show the crisis card only after three check-ins at the lowest mood within a week', async () => {
    const fresh = await freshHistoryDb();
    for (const [i, mood] of [1, 1, 2].entries())
      await recordCheckin(fresh, aCheckin(`c${i}`, endAt - i * 3_600_000, mood), newYork);
    const before = await readCrisisCard(fresh, endAt);
    await recordCheckin(fresh, aCheckin('c9', endAt - 60_000, 1), newYork);

    expect(before).toBe(false);
    expect(await readCrisisCard(fresh, endAt)).toBe(true);
  });
});
