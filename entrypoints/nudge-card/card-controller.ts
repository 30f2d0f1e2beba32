import { checkLink } from '@/utils/domain/acts/safe-link';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import {
  parseTabMessage,
  type CardAnswer,
  type ShowNudgeMessage,
  type ShowNudgeReply,
} from '@/utils/domain/nudges/card-messages';
import type { NudgeLevel } from '@/utils/domain/nudges/state';
import type { sendMessage } from '@/utils/platform/messaging/client';
import type { CardSurface } from './card-surface';

/** What the card controller needs from the page and the extension; tests pass fakes. */
export interface NudgeCardDeps {
  /** Creates the card's surface on the page (a shadow root), once, when the first card comes. */
  createSurface: () => CardSurface;
  send: typeof sendMessage;
  /** Opens a checked link in a new tab, without giving the new page a handle on this one. */
  openLink: (url: string) => void;
  /** Whether the person is typing in a field right now (a pause screen would take focus from it). */
  isTyping: () => boolean;
}

interface ShownCard {
  nudgeId: string;
  level: NudgeLevel;
  act: ResolvedAct;
  linkRefused: boolean;
  noOtherIdea: boolean;
  /** Set once the person accepted: the nudge is answered, the card only waits to be closed. */
  answered: boolean;
}

/**
 * The card's side of nudges, in the watched tab: shows the card the background sends, reports each answer,
 * and opens an act's link only after `checkLink` (https, mailto, sms). `handle` is the message
 * listener: it checks every message and answers `nudge/show` once the card is up.
 */
export function createNudgeCards(deps: NudgeCardDeps) {
  let surface: CardSurface | undefined;
  let card: ShownCard | null = null;

  const draw = () => {
    const drawn = (surface ??= deps.createSurface());
    if (!card) return drawn.remove();
    drawn.render({
      act: card.act,
      level: card.level,
      linkRefused: card.linkRefused,
      noOtherIdea: card.noOtherIdea,
      onDo,
      onAnother: () => void onAnother(),
      onNotNow: () => answer('not-now'),
      onPurposeful: () => answer('purposeful'),
      onClose: () => answer('dismissed'),
      onLeave,
    });
  };

  const close = () => {
    card = null;
    surface?.remove();
    // The next card gets a fresh surface: remove() takes the shadow host off the page for good.
    surface = undefined;
  };

  function answer(outcome: CardAnswer) {
    const shown = card;
    close();
    if (!shown || shown.answered) return;
    // An answer the background cannot take (the nudge expired meanwhile) changes nothing on the page.
    void deps.send('nudge/outcome', { nudgeId: shown.nudgeId, outcome }).catch(() => undefined);
  }

  function onDo() {
    const shown = card;
    if (!shown) return;
    const link = shown.act.link === null ? null : checkLink(shown.act.link);
    if (link && !link.ok) {
      // The act still stands without its link: record it, and say plainly why nothing opened.
      if (!shown.answered)
        void deps.send('nudge/outcome', { nudgeId: shown.nudgeId, outcome: 'accepted' }).catch(() => undefined);
      card = { ...shown, linkRefused: true, answered: true };
      draw();
      return;
    }
    if (link) deps.openLink(link.url);
    answer('accepted');
  }

  /** *Close this tab* on the pause screen: the background records the answer, then closes this tab. */
  function onLeave() {
    const shown = card;
    close();
    if (!shown) return;
    void deps.send('nudge/leave', { nudgeId: shown.nudgeId }).catch(() => undefined);
  }

  async function onAnother() {
    const shown = card;
    if (!shown || shown.answered) return;
    const reply = await deps.send('nudge/another', { nudgeId: shown.nudgeId }).catch(() => null);
    if (card !== shown) return;
    card = reply?.act
      ? { ...shown, nudgeId: reply.nudgeId, act: reply.act, linkRefused: false, noOtherIdea: false }
      : { ...shown, noOtherIdea: true };
    draw();
  }

  function show({ data }: ShowNudgeMessage): Promise<ShowNudgeReply> {
    // A pause screen takes focus (it is modal); while the person types, the corner card comes instead.
    const level = data.level === 3 && deps.isTyping() ? 2 : data.level;
    card = { ...data, level, linkRefused: false, noOtherIdea: false, answered: false };
    draw();
    // A promise: the background waits for this reply to know the card is up.
    return Promise.resolve({ shown: true });
  }

  return {
    /** The `runtime.onMessage` listener: a promise for messages it takes, undefined for all others. */
    handle(message: unknown): Promise<ShowNudgeReply> | undefined {
      const parsed = parseTabMessage(message);
      if (parsed?.type === 'nudge/show') return show(parsed);
      if (parsed?.type === 'nudge/hide' && card?.nudgeId === parsed.data.nudgeId) close();
      return undefined;
    },
  };
}
