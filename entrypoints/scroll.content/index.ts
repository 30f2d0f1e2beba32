import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { sendQuietly } from '@/utils/platform/content-script/runtime';
import { startSampler } from './sampler';

/**
 * The scroll sampler, on watched sites only, and nothing else: it counts, ticks and sends a summary
 * about every 15 s of activity. It is registered at run time (see `utils/platform/content-scripts.ts`)
 * for the sites whose host permission the person granted, so the manifest lists no matches and asks
 * for no host access. The nudge card is not here: the background injects it (`entrypoints/nudge-card/`)
 * into the tab only when a nudge is shown, so a watched page carries no UI code until then.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_idle',
  main(ctx) {
    startSampler(ctx, (summary: ScrollSummary) => {
      if (!ctx.isInvalid) sendQuietly({ type: 'scroll/summary', data: summary });
    });
  },
});
