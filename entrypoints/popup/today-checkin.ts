import type { SavedCheckin } from '@/components/popup/mood-checkin';
import type { Mood } from '@/components/popup/mood-scale';
import { dayStartMs } from '@/utils/domain/stats/day-key';
import { checkinsRepo } from '@/utils/platform/db/repos';
import { getHistoryDb } from '@/utils/platform/history-status';
import { localDayKeyOf, localTimeZone } from '@/utils/platform/time-zone';

/**
 * Today's latest standalone check-in (not one given after an act), so a reopened popup shows it;
 * null when there is none today or the history cannot be read.
 */
export async function readTodayCheckin(now = Date.now()): Promise<SavedCheckin | null> {
  const history = await getHistoryDb();
  if (!history.ok) return null;
  const from = dayStartMs(localDayKeyOf()(now), localTimeZone());
  const today = await checkinsRepo.between(history.db, { from, to: now });
  const latest = today.filter((checkin) => checkin.context !== 'after').at(-1);
  return latest ? { id: latest.id, at: latest.at, mood: latest.mood as Mood, note: latest.note } : null;
}
