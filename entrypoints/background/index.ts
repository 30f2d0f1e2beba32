import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '@/utils/platform/messaging/router';
import { extensionPage } from '@/utils/platform/page';
import { healSettings } from '@/utils/platform/storage/settings-store';
import { createDetection } from './detection';
import { listenForDetection, startDetection } from './detection-listeners';
import { createHandlers } from './handlers';
import { listenForNudgeNotifications } from './nudge-notifications';
import { createNudgeFlow } from './nudges';

/**
 * The background (MV3 service worker; event page on Firefox). It keeps nothing in memory between
 * events: every listener is registered synchronously here, and every handler works from storage.
 */
export default defineBackground(() => {
  const nudges = createNudgeFlow();
  const detection = createDetection({ onDecisions: nudges.afterFold });
  const route = createRouter(createHandlers(detection, nudges), {
    id: browser.runtime.id,
    baseUrl: browser.runtime.getURL('/'),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => route(message, sender));
  listenForDetection(detection);
  listenForNudgeNotifications();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    void healSettings();
    startDetection(detection);
    if (reason === 'install') void browser.tabs.create({ url: extensionPage('welcome') });
  });
  browser.runtime.onStartup.addListener(() => {
    void healSettings();
    startDetection(detection);
  });
});
