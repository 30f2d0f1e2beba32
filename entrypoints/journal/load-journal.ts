import { binRollups, type BinnedSeries } from '@/utils/domain/stats/bins';
import { actsByCategory, type CategoryCount } from '@/utils/domain/stats/categories';
import { addDays, dayKeyOfZone, daysBetween, dayStartMs, type DayKey } from '@/utils/domain/stats/day-key';
import type { MoodChange } from '@/utils/domain/stats/mood-pairs';
import { moodWindowStart } from '@/utils/domain/stats/mood-window';
import { actDaysBetween } from '@/utils/domain/stats/reflection';
import type { DailyRollup } from '@/utils/domain/stats/rollup';
import { milestones, type Milestone } from '@/utils/domain/stats/milestones';
import { dailySeries } from '@/utils/domain/stats/series';
import { sinceYouBegan, type SinceWindow, type SinceYouBegan } from '@/utils/domain/stats/since-began';
import { sinceReach, type SinceReach } from '@/utils/domain/stats/since-reach';
import type { Weekday } from '@/utils/domain/stats/week';
import { totalsSince, type Totals } from '@/utils/domain/stats/totals';
import { weeklyReflection, type WeeklyReflection } from '@/utils/domain/stats/weekly';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { actsRepo } from '@/utils/platform/db/repos';
import { readAllRollups } from '@/utils/platform/db/rollups';
import { readMoodChange } from '@/utils/platform/db/stats-reads';
import { getHistoryDb } from '@/utils/platform/history-status';
import { localTimeZone, localWeekStart } from '@/utils/platform/time-zone';
import { readJournalPage, type JournalPage } from './journal-page';

/** Everything the journal's first render shows. */
export interface JournalFigures {
  db: HistoryDatabase;
  timeZone: string;
  /** When the figures were read (epoch ms); `today` is its local day. */
  now: number;
  today: DayKey;
  weekStartsOn: Weekday;
  /** Every daily roll-up, oldest first: each range's bars are cut from these without another read. */
  rollups: DailyRollup[];
  /** The 30-day bars the journal opens with. */
  series: BinnedSeries;
  sinceYouBegan: SinceYouBegan;
  /** People reached and gifts of the same two fortnights; null while "since you began" is silent. */
  sinceReach: SinceReach | null;
  milestones: Milestone[];
  weekly: WeeklyReflection;
  /** Days of this week so far with a kind act. */
  actDays: number;
  totals: Totals;
  categories: CategoryCount[];
  mood: MoodChange;
  /** Days the mood figures look back over, today included. */
  moodDays: number;
  firstPage: JournalPage;
}

/** The journal's state when it opens: history unavailable, nothing yet, or the figures. */
export type JournalLoad =
  { status: 'unavailable'; blocked?: boolean } | { status: 'empty' } | { status: 'ready'; figures: JournalFigures };

/**
 * Reads what the journal shows first: every daily roll-up (one per day with records, a few
 * thousand at most) for the totals, series, week and categories, then the acts and check-ins of
 * the mood window by time index; the first timeline page is read alongside. Minutes per site
 * are read after the first render (`readRangeSites`), as they need the range's episodes.
 */
export async function loadJournal(now = Date.now()): Promise<JournalLoad> {
  const history = await getHistoryDb();
  if (!history.ok) return { status: 'unavailable', blocked: history.reason === 'blocked' };
  const { db } = history;
  const timeZone = localTimeZone();
  const today = dayKeyOfZone(timeZone)(now);
  const weekStartsOn = localWeekStart();
  const where = { db, today, timeZone, now, weekStartsOn };
  const [figures, firstPage] = await Promise.all([
    readAllRollups(db).then((rollups) => readFigures(rollups, where)),
    readJournalPage(db, { filter: 'all', kind: 'all', after: null, today, timeZone }),
  ]);
  if (figures.totals.since === null && firstPage.entries.length === 0) return { status: 'empty' };
  return { status: 'ready', figures: { ...figures, db, timeZone, now, today, weekStartsOn, firstPage } };
}

interface Where {
  db: HistoryDatabase;
  today: DayKey;
  timeZone: string;
  now: number;
  weekStartsOn: Weekday;
}

/** The figures drawn from the roll-ups, and the mood change over the window they point to. */
async function readFigures(rollups: DailyRollup[], { db, today, timeZone, now, weekStartsOn }: Where) {
  const moodFrom = moodWindowStart(rollups, today);
  const mood = readMoodChange(db, { from: dayStartMs(moodFrom, timeZone), to: now });
  const weekly = weeklyReflection(rollups, today, weekStartsOn);
  const totals = totalsSince(rollups);
  const since = totals.since ?? today;
  const began = sinceYouBegan(rollups, totals.since, today);
  const reach = began.status === 'ready' ? readSinceReach(db, began.first, began.latest, timeZone) : null;
  return {
    rollups,
    series: binRollups(rollups, 'days30', today, since, weekStartsOn),
    sinceYouBegan: began,
    sinceReach: await reach,
    milestones: milestones(rollups, totals.since, today),
    weekly,
    actDays: actDaysBetween(dailySeries(rollups, today, 14), weekly.thisWeek.from, today),
    totals,
    categories: actsByCategory(rollups),
    mood: (await mood).change,
    moodDays: daysBetween(moodFrom, today) + 1,
  };
}

/** The acts of the first and the latest fortnight, read by time index, as people reached and gifts. */
async function readSinceReach(
  db: HistoryDatabase,
  first: SinceWindow,
  latest: SinceWindow,
  timeZone: string,
): Promise<SinceReach> {
  const actsOf = ({ from, to }: SinceWindow) =>
    actsRepo.between(db, { from: dayStartMs(from, timeZone), to: dayStartMs(addDays(to, 1), timeZone) - 1 });
  const [firstActs, latestActs] = await Promise.all([actsOf(first), actsOf(latest)]);
  return sinceReach(firstActs, latestActs);
}
