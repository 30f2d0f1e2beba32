import { browser } from 'wxt/browser';
import type { ActPanelActions } from '@/components/popup/act-panel';
import type { OwnAct } from '@/components/popup/own-act-form';
import { checkLink } from '@/utils/domain/acts/safe-link';
import { afterCheckinRecord } from '@/utils/domain/checkins';
import { sendMessage } from '@/utils/platform/messaging/client';

/** What *Undo* takes back: the act just recorded and the mood-after check-in saved with it, if any. */
interface Recorded {
  actId: string;
  afterId: string | null;
}

/**
 * Takes back what *Done* recorded, through the journal's own correction (`history/delete-entry`,
 * which corrects the roll-ups): the mood after first, so a failure between the two never leaves a
 * mood pointing at a missing act. Both are safe to send again.
 */
async function takeBack(recorded: Recorded): Promise<void> {
  if (recorded.afterId) await sendMessage('history/delete-entry', { kind: 'checkin', id: recorded.afterId });
  await sendMessage('history/delete-entry', { kind: 'act', id: recorded.actId });
}

/** Removes one check-in from the history (the popup's *Undo* after a check-in). */
export async function removeCheckin(id: string): Promise<void> {
  await sendMessage('history/delete-entry', { kind: 'checkin', id });
}

/**
 * Records a kind act nobody offered, through the same two steps as any act (start, then done), so
 * it lands in the history like the others. Only offered while no act is in progress. Resolves with
 * a function that takes it back (*Undo*).
 */
export async function recordOwnAct(own: OwnAct, title: string): Promise<() => Promise<void>> {
  const act = {
    id: 'own',
    title,
    howTo: '',
    why: '',
    minutes: 1,
    cost: 'free',
    category: own.category,
    link: null,
  } as const;
  await sendMessage('act/start', { act, nudgeId: null });
  const { act: record } = await sendMessage('act/complete', { note: own.note, moodAfter: null });
  return () => takeBack({ actId: record.id, afterId: null });
}

/**
 * What the popup's act panel does. An act offered by a waiting nudge (`nudgeId`: one that opened
 * the popup, or whose card is on a page) is answered like a card: *Do it*, *Another idea* and
 * *Not now* are recorded on that nudge. Once the nudge is answered (or has gone: its episode
 * ended), the panel goes on with plain suggestions. *Undo* takes back the act last recorded.
 */
export function createPopupActions(nudgeId: string | null): ActPanelActions {
  let nudge = nudgeId;
  let recorded: Recorded | null = null;
  /** Answers the nudge if it is still waiting; false when there is none (the caller goes on without it). */
  const answerNudge = async (outcome: 'accepted' | 'not-now'): Promise<boolean> => {
    if (nudge === null) return false;
    const { recorded: answered } = await sendMessage('nudge/outcome', { nudgeId: nudge, outcome });
    nudge = null;
    return answered;
  };
  return {
    start: async (act) => {
      const link = act.link === null ? null : checkLink(act.link);
      if (link && !link.ok) return false;
      // Recorded first: opening the link in a new tab closes the popup, and its script with it.
      // Accepting the nudge makes its act the one in progress; without one, the act starts alone.
      if (!(await answerNudge('accepted'))) await sendMessage('act/start', { act, nudgeId: null });
      if (link) await browser.tabs.create({ url: link.url });
      return true;
    },
    another: async (exclude) => {
      if (nudge !== null) {
        const reply = await sendMessage('nudge/another', { nudgeId: nudge });
        if (reply.act) {
          nudge = reply.nudgeId;
          return reply.act;
        }
        nudge = null;
      }
      return (await sendMessage('act/suggest', { exclude })).act;
    },
    complete: async (note, moodAfter, given) => {
      const { act } = await sendMessage('act/complete', { note, moodAfter, given });
      recorded = { actId: act.id, afterId: moodAfter === null ? null : afterCheckinRecord(act, moodAfter).id };
    },
    letGo: async () => void (await sendMessage('act/abandon', {})),
    notNow: async () => void (await answerNudge('not-now')),
    undo: async () => {
      if (!recorded) return;
      await takeBack(recorded);
      recorded = null;
    },
  };
}
