import { actsByCategory, type CategoryCount } from '@/utils/domain/stats/categories';
import { CRISIS_CHECKINS, shouldShowCrisisCard } from '@/utils/domain/stats/crisis';
import { addDays, type DayKey } from '@/utils/domain/stats/day-key';
import {
  MOOD_PAIR_WINDOW_MS,
  moodChange,
  pairMoods,
  type MoodChange,
  type MoodPair,
} from '@/utils/domain/stats/mood-pairs';
import { dailySeries, SERIES_DAYS, type DayPoint } from '@/utils/domain/stats/series';
import { minutesBySite, type SiteMinutes } from '@/utils/domain/stats/site-minutes';
import { currentStreak, type Streak } from '@/utils/domain/stats/streak';
import { todayFigures, todayFiguresRange, type TodayFigures } from '@/utils/domain/stats/today';
import { totalsSince, type Totals } from '@/utils/domain/stats/totals';
import type { Weekday } from '@/utils/domain/stats/week';
import { weeklyReflection, type WeeklyReflection } from '@/utils/domain/stats/weekly';
import type { HistoryDatabase } from './open-history-db';
import { actsRepo, checkinsRepo, episodesRepo, type TimeRange } from './repos';
import { readAllRollups, readRollups, readStreakDays, type DayRange } from './rollups';

/** The popup's today at a glance, from this week's roll-ups. */
export async function readTodayFigures(
  db: HistoryDatabase,
  today: DayKey,
  weekStartsOn: Weekday,
): Promise<TodayFigures> {
  return todayFigures(await readRollups(db, todayFiguresRange(today, weekStartsOn)), today, weekStartsOn);
}

/** The current streak of days with kind acts, read backwards through the roll-ups until it breaks. */
export async function readStreak(db: HistoryDatabase, today: DayKey): Promise<Streak> {
  return currentStreak(await readStreakDays(db, today), today);
}

/** Doom minutes against kind acts for each of the last `days` days (zero-filled, oldest first). */
export async function readDailySeries(db: HistoryDatabase, today: DayKey, days = SERIES_DAYS): Promise<DayPoint[]> {
  return dailySeries(await readRollups(db, { from: addDays(today, 1 - days), to: today }), today, days);
}

/** This week so far against last week, from fourteen days of roll-ups. */
export async function readWeeklyReflection(
  db: HistoryDatabase,
  today: DayKey,
  weekStartsOn: Weekday,
): Promise<WeeklyReflection> {
  return weeklyReflection(await readRollups(db, { from: addDays(today, -14), to: today }), today, weekStartsOn);
}

/** Totals since the first record ("42 kind acts since March"). */
export async function readTotals(db: HistoryDatabase): Promise<Totals> {
  return totalsSince(await readAllRollups(db));
}

/** Kind acts per category over a range of days, or over all time. */
export async function readCategoryCounts(db: HistoryDatabase, range?: DayRange): Promise<CategoryCount[]> {
  return actsByCategory(await (range ? readRollups(db, range) : readAllRollups(db)));
}

/**
 * Mood before and after the kind acts done within `range` (epoch ms), read through the time
 * indexes; check-ins are read from 30 minutes earlier so an act near the start still finds its pair.
 */
export async function readMoodChange(
  db: HistoryDatabase,
  range: TimeRange,
  minimum?: number,
): Promise<{ pairs: MoodPair[]; change: MoodChange }> {
  const [acts, checkins] = await Promise.all([
    actsRepo.between(db, range),
    checkinsRepo.between(db, { from: range.from - MOOD_PAIR_WINDOW_MS, to: range.to }),
  ]);
  const pairs = pairMoods(acts, checkins);
  return { pairs, change: moodChange(pairs, minimum) };
}

/** Whether the popup shows the "not a substitute for care" card (see `shouldShowCrisisCard`). */
export async function readCrisisCard(db: HistoryDatabase, now: number): Promise<boolean> {
  return shouldShowCrisisCard(await checkinsRepo.latest(db, CRISIS_CHECKINS), now);
}

/** Minutes of fast scrolling per site over the episodes that started within `range`, by the start index. */
export async function readSiteMinutes(db: HistoryDatabase, range: TimeRange): Promise<SiteMinutes[]> {
  return minutesBySite(await episodesRepo.startedBetween(db, range));
}
