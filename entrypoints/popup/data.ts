import type { ActRecord } from '@/utils/domain/history/records';
import type { Settings } from '@/utils/domain/settings/schema';
import { monthStart, summariseGiven } from '@/utils/domain/giving/given-sums';
import { givingContext, resolvePlan } from '@/utils/domain/giving/plan';
import { actsRepo, checkinsRepo } from '@/utils/platform/db/repos';
import { readCrisisCard, readStreak, readTodayFigures } from '@/utils/platform/db/stats-reads';
import { uiLanguage } from '@/utils/platform/locale';
import { readSettings } from '@/utils/platform/storage/settings-store';
import { watchingAnySite } from '@/utils/platform/content-scripts';
import { getHistoryDb } from '@/utils/platform/history-status';
import { sendMessage } from '@/utils/platform/messaging/client';
import { readCurrentAct, type CurrentAct } from '@/utils/platform/storage/act-store';
import { items, readItem, writeItem } from '@/utils/platform/storage/items';
import { readOutboxStatus } from '@/utils/platform/storage/outbox-store';
import { localDayKeyOf, localWeekStart } from '@/utils/platform/time-zone';

/** The popup's history figures, read as soon as the database is open; null when it is unavailable. */
async function loadHistory(now: number) {
  const history = await getHistoryDb();
  if (!history.ok) return null;
  const today = localDayKeyOf()(now);
  const [figures, streak, crisis, [latest], dismissedAt, monthActs] = await Promise.all([
    readTodayFigures(history.db, today, localWeekStart()),
    readStreak(history.db, today),
    readCrisisCard(history.db, now),
    checkinsRepo.latest(history.db, 1),
    readItem(items.crisisCardDismissedAt),
    actsRepo.between(history.db, { from: monthStart(now), to: now }),
  ]);
  const showCrisis = crisis && (latest?.at ?? 0) > dismissedAt;
  return { figures, streak, showCrisis, monthActs };
}

/**
 * The act to show, from storage: the worker is asked only for a first idea (it picks from the
 * history), so a popup opened while the worker sleeps does not wait for it to start.
 */
async function loadCurrentAct(now: number): Promise<CurrentAct> {
  const stored = await readCurrentAct(now);
  return stored.pending || stored.offered ? stored : sendMessage('act/current', {});
}

/**
 * Everything the popup shows. Every source is read at once (storage, the sampler's registration,
 * the history database), so the slowest one alone sets when the popup is complete.
 */
export async function loadPopup(now = Date.now()) {
  const [history, current, watching, outbox, { settings }] = await Promise.all([
    loadHistory(now),
    loadCurrentAct(now),
    watchingAnySite(),
    readOutboxStatus(),
    readSettings(),
  ]);
  return {
    history,
    current,
    watchingAnySite: watching,
    outbox,
    giving: loadGiving(settings, history?.monthActs ?? [], now),
    pausedUntil: settings.nudges.pausedUntil,
  };
}

/** The plan for the gift step, this month's gifts per currency, and whether giving rests. */
function loadGiving(settings: Settings, monthActs: readonly ActRecord[], now: number) {
  const locale = uiLanguage();
  const plan = resolvePlan(settings.giving, locale);
  return {
    locale,
    gift: { usualAmount: plan.usualAmount, currency: plan.currency },
    thisMonth: summariseGiven(monthActs, now).thisMonth,
    resting: givingContext(settings.giving, { locale, entries: monthActs, now }).resting,
  };
}

export type PopupData = Awaited<ReturnType<typeof loadPopup>>;

/** Hides the care card until a newer check-in meets the rule again. */
export function dismissCrisisCard(now = Date.now()): Promise<void> {
  return writeItem(items.crisisCardDismissedAt, now);
}
