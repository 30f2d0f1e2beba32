import { actsByCategory } from '@/utils/domain/stats/categories';
import { dayKeyOfZone, dayStartMs } from '@/utils/domain/stats/day-key';
import { timelineFilterStart, type TimelineFilter } from '@/utils/domain/stats/journal-entries';
import { moodChange, pairMoods, MOOD_PAIR_WINDOW_MS } from '@/utils/domain/stats/mood-pairs';
import { moodWindowStart } from '@/utils/domain/stats/mood-window';
import { dailySeries } from '@/utils/domain/stats/series';
import { compareTimeline } from '@/utils/domain/stats/timeline';
import { totalsSince } from '@/utils/domain/stats/totals';
import { weekStartForLocale } from '@/utils/domain/stats/week';
import { weeklyReflection } from '@/utils/domain/stats/weekly';
import type { SeedData } from '../fixtures/history/write-seed';

const MOOD_WORDS = ['Very low', 'Low', 'Okay', 'Good', 'Great'];

/** What the journal should show for seed data, computed with the pure statistics functions. */
export function expectedJournal(data: SeedData, clock: { timeZone: string; locale: string }, now: number) {
  const today = dayKeyOfZone(clock.timeZone)(now);
  const byDay = [...data.daily].sort((a, b) => (a.day < b.day ? -1 : 1));
  const moodFrom = dayStartMs(moodWindowStart(byDay, today), clock.timeZone);
  const acts = data.acts.filter((act) => act.at >= moodFrom);
  const checkins = data.checkins.filter((c) => c.at >= moodFrom - MOOD_PAIR_WINDOW_MS);
  return {
    totals: totalsSince(data.daily),
    weekly: weeklyReflection(data.daily, today, weekStartForLocale(clock.locale)),
    series: dailySeries(data.daily, today),
    categories: actsByCategory(data.daily),
    mood: moodChange(pairMoods(acts, checkins)),
    /** Each timeline entry as its title line reads ("Kind act Message an old friend"), newest first. */
    timeline(filter: TimelineFilter): string[] {
      const from = timelineFilterStart(filter, today, clock.timeZone) ?? -Infinity;
      const entries = [
        ...data.acts.map((r) => ({ at: r.at, kind: 'act' as const, id: r.id, text: `Kind act ${r.title}` })),
        ...data.checkins.map((r) => ({
          at: r.at,
          kind: 'checkin' as const,
          id: r.id,
          text: `Check-in ${MOOD_WORDS[r.mood - 1]}`,
        })),
        ...data.episodes.map((r) => ({
          at: r.startedAt,
          kind: 'episode' as const,
          id: r.id,
          text: `Long scroll ${r.sites.join(', ')}`,
        })),
      ];
      return entries
        .filter((entry) => entry.at >= from)
        .sort(compareTimeline)
        .map((entry) => entry.text);
    },
  };
}
