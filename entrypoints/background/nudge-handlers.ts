import type { Handlers } from '@/utils/platform/messaging/router';
import type { NudgeFlow } from './nudges';

/** The card's messages: its answer to a nudge, and *Another idea*. */
export function createNudgeHandlers(flow: NudgeFlow): Pick<Handlers, 'nudge/outcome' | 'nudge/another'> {
  return {
    'nudge/outcome': ({ nudgeId, outcome }) => flow.answer(nudgeId, outcome),
    'nudge/another': ({ nudgeId }) => flow.another(nudgeId),
  };
}
