import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '@/utils/platform/messaging/client';
import { createCardSurface } from './nudge-card-ui';
import { createNudgeCards } from './nudge-cards';
import { isTypingTarget } from './page-signals';
import { startSampler } from './sampler';

/**
 * The scroll sampler and the nudge card, on watched sites only. It is registered at run time (see
 * `utils/platform/content-scripts.ts`) for the sites whose host permission the person granted, so
 * the manifest lists no matches and asks for no host access.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    startSampler(ctx, (summary) => {
      if (ctx.isInvalid) return;
      // A refused or undelivered summary is not worth a word in the page's console.
      void sendMessage('scroll/summary', summary).catch(() => undefined);
    });
    const cards = createNudgeCards({
      createSurface: () => createCardSurface(ctx),
      send: sendMessage,
      openLink: (url) => void window.open(url, '_blank', 'noopener'),
      isTyping: () => isTypingTarget(document.activeElement),
    });
    const listener = (message: unknown) => cards.handle(message);
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  },
});
