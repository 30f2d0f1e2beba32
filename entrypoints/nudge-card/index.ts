import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '@/utils/platform/messaging/client';
import { isTypingTarget } from '@/utils/platform/page-signals';
import { createNudgeCards } from './card-controller';
import { createCardSurface } from './card-surface';

/**
 * The nudge card, loaded into a watched tab only when a nudge is shown there: the background runs
 * this file in the tab's isolated world (`scripting.executeScript`, see `utils/platform/nudges/deliver.ts`)
 * just before it sends `nudge/show`, so the sampler that runs on every watched page carries no UI code.
 * Each run replaces the copy before it (the context stops an older one in this world), so running it
 * again for the next nudge, or after an update, leaves one listener and at most one card.
 */
export default defineUnlistedScript(() => {
  const ctx = new ContentScriptContext('nudge-card');
  const cards = createNudgeCards({
    createSurface: () => createCardSurface(ctx),
    send: sendMessage,
    openLink: (url) => void window.open(url, '_blank', 'noopener'),
    isTyping: () => isTypingTarget(document.activeElement),
  });
  const listener = (message: unknown) => cards.handle(message);
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
});
