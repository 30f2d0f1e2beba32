import type { Handlers } from '@/utils/platform/messaging/router';
import { closeTab } from '@/utils/platform/nudges/deliver';
import type { NudgeFlow } from './nudges';

/** The card's messages: its answer to a nudge, *Another idea*, and *Close this tab* on the pause screen. */
export function createNudgeHandlers(
  flow: NudgeFlow,
  close: (tabId: number) => Promise<void> = closeTab,
): Pick<Handlers, 'nudge/outcome' | 'nudge/another' | 'nudge/leave'> {
  return {
    'nudge/outcome': ({ nudgeId, outcome }) => flow.answer(nudgeId, outcome),
    'nudge/another': ({ nudgeId }) => flow.another(nudgeId),
    'nudge/leave': async ({ nudgeId }, sender) => {
      const reply = await flow.answer(nudgeId, 'dismissed');
      // The person asked to leave the feed: the tab closes even if the nudge had expired meanwhile.
      if (sender.tab?.id !== undefined) await close(sender.tab.id);
      return reply;
    },
  };
}
