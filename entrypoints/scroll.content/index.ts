import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/platform/messaging/client';
import { startSampler } from './sampler';

/**
 * The scroll sampler, on watched sites only. It is registered at run time (see
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
  },
});
