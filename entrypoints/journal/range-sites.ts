import { rangeBins, type ChartRange } from '@/utils/domain/stats/bins';
import { dayStartMs, type DayKey } from '@/utils/domain/stats/day-key';
import type { SiteMinutes } from '@/utils/domain/stats/site-minutes';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { readSiteMinutes } from '@/utils/platform/db/stats-reads';
import { localWeekStart } from '@/utils/platform/time-zone';

/**
 * Minutes per site for a chart range, from the episodes that started in it (read by the start
 * index, so 30 days of a heavy user's history is a few hundred records, not all of them).
 */
export function readRangeSites(
  db: HistoryDatabase,
  range: ChartRange,
  today: DayKey,
  since: DayKey,
  timeZone: string,
  now: number,
): Promise<SiteMinutes[]> {
  const { from } = rangeBins(range, today, since, localWeekStart());
  return readSiteMinutes(db, { from: dayStartMs(from, timeZone), to: now });
}
