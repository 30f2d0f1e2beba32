import type { ResolvedAct } from '@/utils/domain/acts/types';
import type { DetectorDecision } from '@/utils/domain/detection/decisions';
import type { DetectorState } from '@/utils/domain/detection/state';
import type { CardAnswer } from '@/utils/domain/nudges/card-messages';
import { doomMinutesOf, endedEpisodeIds, foldQuestion } from '@/utils/domain/nudges/fold-question';
import { localClockForZone, type LocalClock } from '@/utils/domain/nudges/local-clock';
import type { NudgeChannel } from '@/utils/domain/nudges/active-nudge';
import type { NudgeSession } from '@/utils/domain/nudges/session';
import type { NudgeLevel } from '@/utils/domain/nudges/state';
import { isWaiting, stepNudge, type NudgeEffect, type NudgeEvent } from '@/utils/domain/nudges/step';
import type { RandomSource } from '@/utils/domain/random';
import type { Settings } from '@/utils/domain/settings/schema';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import { writeHistory } from '@/utils/platform/db/history-writes';
import { readDetectorState } from '@/utils/platform/detection/detector-store';
import {
  clearNudgeNotification,
  notificationsAllowed,
  notifyNudge,
  openToolbarPopup,
  sendToTab,
  tabInView,
} from '@/utils/platform/nudges/deliver';
import { writeOfferedAct, writePendingAct } from '@/utils/platform/storage/act-store';
import { readNudgeSession, writeNudgeSession } from '@/utils/platform/storage/nudge-store';
import { readSettings } from '@/utils/platform/storage/settings-store';
import { localDayKeyOf, localTimeZone } from '@/utils/platform/time-zone';
import { refreshBadge } from './badge';
import type { FoldSource } from './detection';
import { createMailbox, type Mailbox } from './mailbox';
import { pickAct } from './pick-act';

/** What the nudge flow takes from the world; tests pass fixed ones. */
export interface NudgeDeps {
  /** Epoch ms. */
  now: () => number;
  random: RandomSource;
  newId: () => string;
  /** The person's wall clock, asked each time: the time zone may change between events. */
  clock: () => LocalClock;
  dayKeyOf: () => DayKeyOf;
  /** Whether the person sees tab `tabId` now (its window's active tab, not minimised): only such a tab gets a card. */
  tabInView: (tabId: number) => Promise<boolean>;
}

const defaultDeps: NudgeDeps = {
  tabInView,
  now: Date.now,
  random: Math.random,
  newId: () => crypto.randomUUID(),
  clock: () => localClockForZone(localTimeZone()),
  dayKeyOf: localDayKeyOf,
};

/** The ladder level a fold's nudge step showed on its episode, for the detector to note. */
export interface EpisodeNudged {
  episodeId: string;
  level: NudgeLevel;
}

/**
 * The nudge flow (DESIGN.md §5) as a short effect runner: `stepNudge` decides, this stores the
 * session and performs what it asks for (pick an act, save records, show or hide a card, open the
 * popup, notify, start an act, refresh the badge). Everything it knows is in storage. Longer than
 * most files because it is the one place every nudge effect is performed.
 */
export function createNudgeFlow(deps: NudgeDeps = defaultDeps, mailbox: Mailbox = createMailbox()) {
  /** Steps the session with `event`, stores it, performs the effects; returns the ladder levels shown. */
  async function step(
    session: NudgeSession,
    event: NudgeEvent,
    settings: Settings,
    detector: DetectorState,
  ): Promise<{ session: NudgeSession; nudged: EpisodeNudged[] }> {
    const result = stepNudge(session, event, { now: deps.now(), clock: deps.clock(), settings });
    if (result.session !== session) await writeNudgeSession(result.session);
    let current = result.session;
    const nudged: EpisodeNudged[] = [];
    const then = async (next: NudgeEvent) => {
      const after = await step(current, next, settings, detector);
      current = after.session;
      nudged.push(...after.nudged);
    };
    for (const effect of result.effects) {
      if (effect.type === 'pick-act') {
        const act = await pickAct(settings, effect.question.site, null, deps.now(), deps.random);
        await then({ ...effect, type: 'act-picked', act, nudgeId: deps.newId() });
      } else if (effect.type === 'deliver') {
        // The badge changes first, then the card comes.
        await refreshBadge(detector, settings, current);
        const channel = await deliver(effect);
        await then({ type: 'delivered', nudgeId: effect.active.record.id, channel, tabId: effect.active.tabId });
      } else if (effect.type === 'mark-episode') {
        nudged.push({ episodeId: effect.episodeId, level: effect.level });
      } else {
        await perform(effect);
      }
    }
    return { session: current, nudged };
  }

  /**
   * The popup for the larger card when the step asked for it and the browser can open it; else the
   * card, in its tab if the person still sees that tab (one hidden since its summary gets none); else the badge alone.
   */
  async function deliver({ via, active }: Extract<NudgeEffect, { type: 'deliver' }>): Promise<NudgeChannel> {
    const { record, act, tabId } = active;
    if (via === 'popup') {
      await writeOfferedAct(act);
      if (await openToolbarPopup()) return 'popup';
    }
    if (tabId === null || !(await deps.tabInView(tabId))) return 'badge';
    const show = { type: 'nudge/show' as const, data: { nudgeId: record.id, level: record.level, act } };
    return (await sendToTab(tabId, show)) ? 'card' : 'badge';
  }

  async function perform(effect: Exclude<NudgeEffect, { type: 'pick-act' | 'deliver' | 'mark-episode' }>) {
    switch (effect.type) {
      case 'save-record':
        // When history cannot take it, it waits in the outbox and nudges go on.
        return attempt(
          'history',
          async () => void (await writeHistory({ store: 'nudges', record: effect.record }, deps.dayKeyOf())),
        );
      case 'hide-card':
        return void (await sendToTab(effect.tabId, { type: 'nudge/hide', data: { nudgeId: effect.nudgeId } }));
      case 'clear-notification':
        return attempt('notification', () => clearNudgeNotification(effect.nudgeId));
      case 'notify':
        if (await notificationsAllowed()) await attempt('notification', () => notifyNudge(effect.nudgeId, effect.act));
        return;
      case 'start-act':
        await writePendingAct(effect.pending);
        await writeOfferedAct(null);
        return;
    }
  }

  return {
    /**
     * The step after a fold, run inside the fold's mailbox task (see `createDetection`): expires a
     * nudge whose episode ended, and asks the policy about a summary from a watched site. Resolves
     * to the ladder levels shown, which the detector notes on its episode; the fold writes the badge after.
     */
    afterFold: async (
      decisions: DetectorDecision[],
      detector: DetectorState,
      settings: Settings,
      source: FoldSource | null,
    ): Promise<EpisodeNudged[]> => {
      const session = await readNudgeSession();
      const question = source ? foldQuestion(detector, settings, source.host) : null;
      const event = {
        type: 'folded',
        ended: endedEpisodeIds(decisions),
        question,
        tabId: source?.tabId ?? null,
      } as const;
      return (await step(session, event, settings, detector)).nudged;
    },

    /** The card's answer to the nudge `nudgeId`; answers to any other nudge (already expired, replaced) are ignored. */
    answer: (nudgeId: string, outcome: CardAnswer) =>
      mailbox(async (): Promise<{ recorded: boolean }> => {
        const session = await readNudgeSession();
        if (!isWaiting(session, nudgeId)) return { recorded: false };
        const [detector, { settings }] = await Promise.all([readDetectorState(), readSettings()]);
        const doomMinutes = doomMinutesOf(detector, session.active?.record.episodeId ?? null);
        const actRecordId = outcome === 'accepted' ? deps.newId() : '';
        const event = { type: 'answered', nudgeId, outcome, doomMinutes, actRecordId } as const;
        const result = await step(session, event, settings, detector);
        await refreshBadge(detector, settings, result.session);
        return { recorded: true };
      }),

    /**
     * *Another idea*: the shown act is recorded as passed over (`another`, which the picker learns
     * from) and a different act is offered under a new nudge id. Null when nothing else fits.
     */
    another: (nudgeId: string) =>
      mailbox(async (): Promise<{ act: ResolvedAct | null; nudgeId: string }> => {
        const session = await readNudgeSession();
        const active = session.active;
        if (!active || !isWaiting(session, nudgeId)) return { act: null, nudgeId };
        const [detector, { settings }] = await Promise.all([readDetectorState(), readSettings()]);
        const act = await pickAct(settings, active.record.site, active.act.id, deps.now(), deps.random);
        if (!act) return { act: null, nudgeId };
        const newNudgeId = deps.newId();
        await step(session, { type: 'another-picked', nudgeId, act, newNudgeId }, settings, detector);
        return { act, nudgeId: newNudgeId };
      }),
  };
}

/** The nudge flow created by `createNudgeFlow`. */
export type NudgeFlow = ReturnType<typeof createNudgeFlow>;

/** Runs a side effect that must never stop the flow; a failure is reported once and passed over. */
async function attempt(what: string, effect: () => Promise<void>): Promise<void> {
  try {
    await effect();
  } catch (error) {
    console.warn(`[outward] nudge ${what} could not be updated`, error);
  }
}
