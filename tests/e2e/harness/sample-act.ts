import type { ResolvedAct } from '@/utils/domain/acts/types';

/**
 * An act as the background resolves one, for tests and the bench that show a card through the
 * background's delivery path (the card's script, then `nudge/show`) without waiting for the policy.
 */
export const SAMPLE_ACT: ResolvedAct = {
  id: 'thank-helper',
  title: 'Thank someone whose answer helped you',
  howTo: 'Go back to an answer that solved something for you and say it worked.',
  why: 'People who help strangers rarely learn that it worked.',
  minutes: 2,
  cost: 'free',
  category: 'online',
  link: null,
};
