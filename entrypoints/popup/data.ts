import { browser } from 'wxt/browser';
import { checkLink } from '../../utils/domain/acts/safe-link';
import type { ResolvedAct } from '../../utils/domain/acts/types';
import { readCrisisCard, readStreak, readTodayFigures } from '../../utils/platform/db/stats-reads';
import { getHistoryDb } from '../../utils/platform/history-status';
import { sendMessage } from '../../utils/platform/messaging/client';
import { siteAccess } from '../../utils/domain/settings/site-access';
import { grantedOrigins } from '../../utils/platform/permissions';
import { readOutboxStatus } from '../../utils/platform/storage/outbox-store';
import { localDayKeyOf, localWeekStart } from '../../utils/platform/time-zone';

/** `local:crisisCardDismissedAt`: the card stays hidden until a newer low check-in brings it back. */
const CRISIS_DISMISSED_KEY = 'crisisCardDismissedAt';

/** Everything the popup shows, read in parallel when it opens. History parts are null when unavailable. */
export async function loadPopup(now = Date.now()) {
  const [history, current, settings, dismissed, outbox] = await Promise.all([
    getHistoryDb(),
    sendMessage('act/current', {}),
    sendMessage('settings/get', {}),
    browser.storage.local.get(CRISIS_DISMISSED_KEY),
    readOutboxStatus(),
  ]);
  const origins = await grantedOrigins();
  // A site counts as watched when any of its addresses is granted (the content script runs there).
  const watchingAnySite = settings.settings.watchedSites.some(
    (site) => site.enabled && siteAccess(site.host, origins) !== 'none',
  );
  if (!history.ok) return { history: null, current, watchingAnySite, outbox };
  const today = localDayKeyOf()(now);
  const [figures, streak, crisis, latest] = await Promise.all([
    readTodayFigures(history.db, today, localWeekStart()),
    readStreak(history.db, today),
    readCrisisCard(history.db, now),
    history.db.transaction('checkins').store.index('by-time').openCursor(null, 'prev'),
  ]);
  const dismissedAt = Number(dismissed[CRISIS_DISMISSED_KEY] ?? 0);
  const showCrisis = crisis && (latest?.value.at ?? 0) > dismissedAt;
  return { history: { figures, streak, showCrisis }, current, watchingAnySite, outbox };
}

export type PopupData = Awaited<ReturnType<typeof loadPopup>>;

/** Hides the care card until a newer check-in meets the rule again. */
export function dismissCrisisCard(now = Date.now()): Promise<void> {
  return browser.storage.local.set({ [CRISIS_DISMISSED_KEY]: now });
}

/** *Do it*: opens the act's link in a new tab when it is a safe kind, then marks the act in progress. */
export async function startAct(act: ResolvedAct): Promise<boolean> {
  if (act.link !== null) {
    const link = checkLink(act.link);
    if (!link.ok) return false;
    await browser.tabs.create({ url: link.url });
  }
  await sendMessage('act/start', { act, nudgeId: null });
  return true;
}
