import { browser } from 'wxt/browser';
import { clearNudgeNotification, NUDGE_NOTIFICATION_PREFIX, openToolbarPopup } from '@/utils/platform/nudges/deliver';
import { extensionPage } from '@/utils/platform/page';
import { writeOfferedAct } from '@/utils/platform/storage/act-store';
import { readActiveNudge } from '@/utils/platform/storage/nudge-store';
import { createMailbox, type Mailbox } from './mailbox';

/**
 * A click on a nudge's notification opens the popup with that nudge's act (in a tab where the
 * popup cannot be opened). Registered while the worker starts; the API exists only once the
 * optional permission is granted, so a grant takes effect with the worker's next start.
 */
export function listenForNudgeNotifications(mailbox: Mailbox = createMailbox()): void {
  browser.notifications?.onClicked.addListener((id) => void openFromNotification(id, mailbox));
}

async function openFromNotification(notificationId: string, mailbox: Mailbox): Promise<void> {
  if (!notificationId.startsWith(NUDGE_NOTIFICATION_PREFIX)) return;
  const nudgeId = notificationId.slice(NUDGE_NOTIFICATION_PREFIX.length);
  await mailbox(async () => {
    const active = await readActiveNudge();
    if (active?.record.id === nudgeId) await writeOfferedAct(active.act);
  });
  await clearNudgeNotification(nudgeId);
  if (!(await openToolbarPopup())) await browser.tabs.create({ url: extensionPage('popup') });
}
