import { startPendingAct } from '@/utils/domain/acts/pending';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import type { DetectorDecision } from '@/utils/domain/detection/decisions';
import type { DetectorState } from '@/utils/domain/detection/state';
import type { NudgeRecord } from '@/utils/domain/history/records';
import { answeredNudgeRecord, shownNudgeRecord, type ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import type { CardAnswer } from '@/utils/domain/nudges/card-messages';
import { doomMinutesOf, endedEpisodeIds, foldQuestion, type FoldQuestion } from '@/utils/domain/nudges/fold-question';
import { localClockForZone, type LocalClock } from '@/utils/domain/nudges/local-clock';
import { decideNudge } from '@/utils/domain/nudges/policy';
import { recordNudgeOutcome, recordNudgeShown, type NudgeLevel } from '@/utils/domain/nudges/state';
import type { RandomSource } from '@/utils/domain/random';
import { createSerialQueue } from '@/utils/domain/serial-queue';
import type { Settings } from '@/utils/domain/settings/schema';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import { readDetectorState } from '@/utils/platform/detection/detector-store';
import { clearNudgeNotification, notificationsAllowed, notifyNudge, sendToTab } from '@/utils/platform/nudges/deliver';
import { showNudgeBadge } from '@/utils/platform/nudges/nudge-badge';
import { writeOfferedAct, writePendingAct } from '@/utils/platform/storage/act-store';
import {
  readActiveNudge,
  readNudgeState,
  writeActiveNudge,
  writeNudgeState,
} from '@/utils/platform/storage/nudge-store';
import { readSettings } from '@/utils/platform/storage/settings-store';
import { localDayKeyOf, localTimeZone } from '@/utils/platform/time-zone';
import type { FoldSource } from './detection';
import { pickNudgeAct } from './nudge-acts';
import { attempt, deliverNudge, markEpisodeNudged, restoreBadge, saveNudgeRecord } from './nudge-effects';

/** What the nudge flow takes from the world; tests pass fixed ones. */
export interface NudgeDeps {
  /** Epoch ms. */
  now: () => number;
  random: RandomSource;
  newId: () => string;
  /** The person's wall clock, asked each time: the time zone may change between events. */
  clock: () => LocalClock;
  dayKeyOf: () => DayKeyOf;
}

const defaultDeps: NudgeDeps = {
  now: Date.now,
  random: Math.random,
  newId: () => crypto.randomUUID(),
  clock: () => localClockForZone(localTimeZone()),
  dayKeyOf: localDayKeyOf,
};

/**
 * The nudge flow (DESIGN.md §5): after each fold it asks the policy, picks an act, records the
 * nudge, marks the badge and shows the card in the tab that scrolled; it records the person's
 * answers and expires unanswered nudges when their episode ends. Everything it knows is in
 * storage, and every read-modify-write goes through one queue.
 */
export function createNudgeFlow(deps: NudgeDeps = defaultDeps) {
  const serial = createSerialQueue();

  const saveRecord = (record: NudgeRecord) => saveNudgeRecord(record, deps.dayKeyOf());

  async function expire(active: ActiveNudge, settings: Settings): Promise<void> {
    const now = deps.now();
    const { episodeId, site } = active.record;
    const answer = { outcome: 'expired' as const, now, episodeId: episodeId ?? '', site, doomMinutes: 0 };
    await writeNudgeState(recordNudgeOutcome(await readNudgeState(), { ...answer, settings: settings.nudges }));
    await writeActiveNudge(null);
    await attempt('history', () => saveRecord(answeredNudgeRecord(active.record, 'expired', now)));
    if (active.channel === 'card' && active.tabId !== null) {
      await sendToTab(active.tabId, { type: 'nudge/hide', data: { nudgeId: active.record.id } });
    }
    await attempt('notification', () => clearNudgeNotification(active.record.id));
  }

  async function show(question: FoldQuestion, level: NudgeLevel, settings: Settings, tabId: number | null) {
    const now = deps.now();
    // A nudge whose episode was lost (browser restart) never got its episode-ended.
    const stale = await readActiveNudge();
    if (stale) await expire(stale, settings);
    const act = await pickNudgeAct(settings, question.site, null, now, deps.random);
    if (!act) return;
    const episodeId = question.episode.id;
    const record = shownNudgeRecord({ id: deps.newId(), now, episodeId, site: question.site, level, act });
    const shown = { now, clock: deps.clock(), site: question.site, episodeId, level };
    // State first: once it says "showing", no later fold (or restarted worker) can nudge this level again.
    await writeNudgeState(recordNudgeShown(await readNudgeState(), shown));
    await markEpisodeNudged(episodeId, level);
    const active: ActiveNudge = { record, act, tabId, channel: 'badge' };
    await writeActiveNudge(active);
    await attempt('history', () => saveRecord(record));
    await attempt('badge', showNudgeBadge);
    const channel = await deliverNudge(active, settings);
    if (channel !== 'badge') await writeActiveNudge({ ...active, channel });
    if (settings.nudges.notifications && (await notificationsAllowed())) {
      await attempt('notification', () => notifyNudge(record.id, act));
    }
  }

  return {
    /** Runs `work` between nudge steps: no answer or new nudge is half-way through while it runs. */
    exclusive: <T>(work: () => Promise<T>) => serial(work),

    /** The detection hook: runs after every fold, inside the detection queue (see `createDetection`). */
    afterFold: (
      decisions: DetectorDecision[],
      detector: DetectorState,
      settings: Settings,
      source: FoldSource | null,
    ) =>
      serial(async () => {
        const active = await readActiveNudge();
        const ended = endedEpisodeIds(decisions);
        if (active?.record.episodeId && ended.includes(active.record.episodeId)) await expire(active, settings);
        const question = source ? foldQuestion(detector, settings, source.host) : null;
        if (!source || !question) return;
        if (active?.record.episodeId === question.episode.id) {
          // The detector has just written the minutes over the nudge's mark.
          if (decisions.some((d) => d.kind === 'doom-minutes')) await attempt('badge', showNudgeBadge);
          return;
        }
        const now = deps.now();
        const state = await readNudgeState();
        const decision = decideNudge({ now, settings, state, clock: deps.clock(), ...question });
        if (decision.nudge) await show(question, decision.level, settings, source.tabId);
      }),

    /** The card's answer to the nudge `nudgeId`; answers to any other nudge (already expired, replaced) are ignored. */
    answer: (nudgeId: string, outcome: CardAnswer) =>
      serial(async (): Promise<{ recorded: boolean }> => {
        const active = await readActiveNudge();
        if (!active || active.record.id !== nudgeId) return { recorded: false };
        const now = deps.now();
        const [detector, { settings }, state] = await Promise.all([
          readDetectorState(),
          readSettings(),
          readNudgeState(),
        ]);
        const { episodeId, site } = active.record;
        const doomMinutes = doomMinutesOf(detector, episodeId);
        const answer = { outcome, now, episodeId: episodeId ?? '', site, doomMinutes, settings: settings.nudges };
        await writeNudgeState(recordNudgeOutcome(state, answer));
        await writeActiveNudge(null);
        if (outcome === 'accepted') {
          await writePendingAct(startPendingAct(active.act, nudgeId, now));
          await writeOfferedAct(null);
        }
        await attempt('history', () => saveRecord(answeredNudgeRecord(active.record, outcome, now)));
        await attempt('badge', () => restoreBadge(detector, settings));
        await attempt('notification', () => clearNudgeNotification(nudgeId));
        return { recorded: true };
      }),

    /**
     * *Another idea*: the shown act is recorded as passed over (`another`, which the picker learns
     * from) and a different act is offered under a new nudge id. Null when nothing else fits.
     */
    another: (nudgeId: string) =>
      serial(async (): Promise<{ act: ResolvedAct | null; nudgeId: string }> => {
        const active = await readActiveNudge();
        if (!active || active.record.id !== nudgeId) return { act: null, nudgeId };
        const now = deps.now();
        const { settings } = await readSettings();
        const act = await pickNudgeAct(settings, active.record.site, active.act.id, now, deps.random);
        if (!act) return { act: null, nudgeId };
        const { episodeId, site, level } = active.record;
        const record = shownNudgeRecord({ id: deps.newId(), now, episodeId: episodeId ?? '', site, level, act });
        await writeActiveNudge({ ...active, record, act });
        await attempt('history', async () => {
          await saveRecord(answeredNudgeRecord(active.record, 'another', now));
          await saveRecord(record);
        });
        return { act, nudgeId: record.id };
      }),
  };
}

/** The nudge flow created by `createNudgeFlow`. */
export type NudgeFlow = ReturnType<typeof createNudgeFlow>;
