import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/utils/platform/messaging/router';
import { extensionPage } from '@/utils/platform/page';
import { migrateNudgeSession } from '@/utils/platform/storage/nudge-store';
import { healSettings } from '@/utils/platform/storage/settings-store';
import { listenForDetection, startDetection } from './detection-listeners';
import { createBackground, createHandlers } from './handlers';
import { listenForNudgeNotifications } from './nudge-notifications';

/**
 * The background (MV3 service worker; event page on Firefox). It keeps nothing in memory between
 * events: every listener is registered synchronously here, every handler works from storage, and
 * every change of state is one task in the mailbox (see `mailbox.ts`).
 */
export default defineBackground(() => {
  const background = createBackground();
  const { mailbox } = background;
  const route = createRouter(createHandlers(background), {
    id: browser.runtime.id,
    baseUrl: browser.runtime.getURL('/'),
  });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the polyfill sends the promise's value as the reply
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  listenForDetection(background);
  listenForNudgeNotifications(mailbox);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void mailbox(healSettings);
    void mailbox(migrateNudgeSession);
    startDetection(background);
    if (reason === 'install') void browser.tabs.create({ url: extensionPage('welcome') });
  });
  browser.runtime.onStartup.addListener(() => {
    void mailbox(healSettings);
    void mailbox(migrateNudgeSession);
    startDetection(background);
  });
});
