import { browser } from 'wxt/browser';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import type { ShowNudgeReply, TabMessage } from '@/utils/domain/nudges/card-messages';
import { t } from '../i18n';

/** Notification ids for nudges start with this, so a click can be told apart from anything else. */
export const NUDGE_NOTIFICATION_PREFIX = 'outward-nudge:';

/** The card's script (`entrypoints/nudge-card/`), as the build writes it. */
export const CARD_SCRIPT = '/nudge-card.js';

/**
 * Sends a message to the card in the top frame of a tab. For `nudge/show` the card's script is run
 * in the tab first (the sampler on a watched page carries no card); the background holds the tab's
 * host permission, since only watched tabs send summaries. Resolves to whether a card said it is up
 * (for `nudge/show`); false when the tab is gone, refused the script, or did not answer.
 */
export async function sendToTab(tabId: number, message: TabMessage): Promise<boolean> {
  try {
    if (message.type === 'nudge/show')
      await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_SCRIPT] });
    const reply = (await browser.tabs.sendMessage(tabId, message, { frameId: 0 })) as ShowNudgeReply | undefined;
    return reply?.shown === true;
  } catch {
    return false;
  }
}

/** Whether the person sees tab `tabId` now: the active tab of a window that is not minimised. False when it is gone. */
export async function tabInView(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    if (!tab.active || tab.discarded) return false;
    const window = await browser.windows.get(tab.windowId!);
    return window.state !== 'minimized';
  } catch {
    return false;
  }
}

/** Closes a tab the person asked to leave; quiet when it is already gone. */
export async function closeTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/** Whether the optional `notifications` permission is granted (and the API therefore present). */
export async function notificationsAllowed(): Promise<boolean> {
  try {
    return Boolean(browser.notifications) && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

/** Offers the act as a system notification; its id carries the nudge id. */
export async function notifyNudge(nudgeId: string, act: Pick<ResolvedAct, 'title'>): Promise<void> {
  await browser.notifications.create(NUDGE_NOTIFICATION_PREFIX + nudgeId, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icons/128.png'),
    title: t('nudgeNotificationTitle'),
    message: act.title,
  });
}

/** Takes a nudge's notification away once it is answered or expired; quiet when there is none. */
export async function clearNudgeNotification(nudgeId: string): Promise<void> {
  if (!browser.notifications) return;
  await browser.notifications.clear(NUDGE_NOTIFICATION_PREFIX + nudgeId).catch(() => undefined);
}

/**
 * Opens the toolbar popup where the browser allows it (`action.openPopup`, Chromium 127+ and
 * Firefox). Resolves to false when it is missing or refuses (no focused window, no user gesture).
 */
export async function openToolbarPopup(): Promise<boolean> {
  try {
    if (typeof browser.action.openPopup !== 'function') return false;
    await browser.action.openPopup();
    return true;
  } catch {
    return false;
  }
}
