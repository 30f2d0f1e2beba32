import * as v from 'valibot';
import { ResolvedActSchema, type ResolvedAct } from '../acts/types';

/** A nudge record's id, as it travels between the background and a card. */
export const NudgeIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

/** The answers a card reports with `nudge/outcome` (*Another idea* has its own message; expiry is the background's). */
export const CARD_ANSWERS = ['accepted', 'not-now', 'purposeful', 'dismissed'] as const;
export type CardAnswer = (typeof CARD_ANSWERS)[number];

/**
 * Messages the background sends to a watched tab: show a card for a nudge, or take it away again
 * (the episode ended unanswered). The content script trusts nothing and checks each one.
 */
export const TabMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('nudge/show'),
    data: v.strictObject({ nudgeId: NudgeIdSchema, level: v.picklist([1, 2, 3]), act: ResolvedActSchema }),
  }),
  v.strictObject({ type: v.literal('nudge/hide'), data: v.strictObject({ nudgeId: NudgeIdSchema }) }),
]);
export type TabMessage = v.InferOutput<typeof TabMessageSchema>;
/** The `nudge/show` message: which nudge, how insistent, and the act to offer. */
export type ShowNudgeMessage = Extract<TabMessage, { type: 'nudge/show' }>;

/** The background's answer to `nudge/outcome`: false when the nudge was no longer waiting (expired or replaced). */
export interface NudgeOutcomeReply {
  recorded: boolean;
}

/** The background's answer to `nudge/another`: the new act and the nudge id to answer it with, or no act when nothing else fits. */
export interface NudgeAnotherReply {
  act: ResolvedAct | null;
  nudgeId: string;
}

/** The content script's reply to `nudge/show`, so the background knows the card is up. */
export interface ShowNudgeReply {
  shown: true;
}

/** A valid tab message, or null for anything else (other extensions' messages, tampering, old formats). */
export function parseTabMessage(message: unknown): TabMessage | null {
  const parsed = v.safeParse(TabMessageSchema, message);
  return parsed.success ? parsed.output : null;
}
