import { startPendingAct, type PendingAct } from '../acts/pending';
import type { ResolvedAct } from '../acts/types';
import type { NudgeRecord } from '../history/records';
import type { Settings } from '../settings/schema';
import { answeredNudgeRecord, shownNudgeRecord, type ActiveNudge, type NudgeChannel } from './active-nudge';
import type { CardAnswer } from './card-messages';
import type { FoldQuestion } from './fold-question';
import type { LocalClock } from './local-clock';
import { decideNudge } from './policy';
import type { NudgeSession } from './session';
import { recordNudgeOutcome, recordNudgeShown, type NudgeLevel } from './state';

/** What a nudge step depends on besides the session: the time (epoch ms), the person's clock, their settings. */
export interface NudgeContext {
  now: number;
  clock: LocalClock;
  settings: Pick<Settings, 'nudges'>;
}

/** Something that happened to the nudge moment. */
export type NudgeEvent =
  /** A fold ended `ended` episodes and, for a summary from a watched site, asks `question`. */
  | { type: 'folded'; ended: readonly string[]; question: FoldQuestion | null; tabId: number | null }
  /** The act for the nudge a `pick-act` effect asked for (null: nothing fits), under a fresh id. */
  | {
      type: 'act-picked';
      question: FoldQuestion;
      level: NudgeLevel;
      tabId: number | null;
      act: ResolvedAct | null;
      nudgeId: string;
    }
  /** Where the nudge `nudgeId` reached the person (in tab `tabId` for a card). */
  | { type: 'delivered'; nudgeId: string; channel: NudgeChannel; tabId: number | null }
  /** The person answered the nudge `nudgeId`; `actRecordId` is the id a *Do it* act will be recorded under. */
  | { type: 'answered'; nudgeId: string; outcome: CardAnswer; doomMinutes: number; actRecordId: string }
  /** *Another idea* on the nudge `nudgeId`: the next act (null: nothing else fits), under a fresh id. */
  | { type: 'another-picked'; nudgeId: string; act: ResolvedAct | null; newNudgeId: string };

/** What the runner does after storing the session, in order. */
export type NudgeEffect =
  | { type: 'save-record'; record: NudgeRecord }
  | { type: 'hide-card'; tabId: number; nudgeId: string }
  | { type: 'clear-notification'; nudgeId: string }
  /** Pick an act for a nudge of `level` and step again with `act-picked`. */
  | { type: 'pick-act'; question: FoldQuestion; level: NudgeLevel; tabId: number | null }
  /** Note on the open episode that a nudge of `level` was shown (its history record says how far the ladder went). */
  | { type: 'mark-episode'; episodeId: string; level: NudgeLevel }
  /** Offer `active` in the toolbar popup (falling back to the card) or as a card in its tab; step again with `delivered`. */
  | { type: 'deliver'; via: 'popup' | 'card'; active: ActiveNudge }
  /** Also offer it as a system notification, where the person allowed them. */
  | { type: 'notify'; nudgeId: string; act: ResolvedAct }
  /** *Do it* on a card: the act is now in progress. */
  | { type: 'start-act'; pending: PendingAct };

/** A new session and what to do about it. */
export interface NudgeStep {
  session: NudgeSession;
  effects: NudgeEffect[];
}

/**
 * The nudge moment as a pure step (DESIGN.md §3, §5), shaped like `foldSummary`: every decision
 * about showing, expiring, answering and replacing a nudge is made here from the session, the
 * event and the context; the background only stores the session and performs the effects.
 */
export function stepNudge(session: NudgeSession, event: NudgeEvent, ctx: NudgeContext): NudgeStep {
  switch (event.type) {
    case 'folded':
      return folded(session, event, ctx);
    case 'act-picked':
      return actPicked(session, event, ctx);
    case 'delivered':
      return delivered(session, event);
    case 'answered':
      return answered(session, event, ctx);
    case 'another-picked':
      return anotherPicked(session, event, ctx);
  }
}

/** Whether `nudgeId` is the nudge waiting for an answer (anything else was expired or replaced). */
export function isWaiting(session: NudgeSession, nudgeId: string): boolean {
  return session.active?.record.id === nudgeId;
}

function folded(session: NudgeSession, event: Extract<NudgeEvent, { type: 'folded' }>, ctx: NudgeContext): NudgeStep {
  const episodeId = session.active?.record.episodeId;
  const step = episodeId && event.ended.includes(episodeId) ? expire(session, ctx) : { session, effects: [] };
  const question = event.question;
  if (!question) return step;
  const active = step.session.active;
  if (active?.record.episodeId === question.episode.id) {
    // A nudge still waits in this episode: nothing more to decide until it is answered. One that
    // reached no card yet (its tab was hidden by then) goes to the tab the person is scrolling now.
    if (active.channel !== 'badge' || event.tabId === null) return step;
    return {
      ...step,
      effects: [...step.effects, { type: 'deliver', via: 'card', active: { ...active, tabId: event.tabId } }],
    };
  }
  const decision = decideNudge({ ...ctx, state: step.session.policy, ...question });
  if (!decision.nudge) return step;
  return {
    session: step.session,
    effects: [...step.effects, { type: 'pick-act', question, level: decision.level, tabId: event.tabId }],
  };
}

function delivered(session: NudgeSession, event: Extract<NudgeEvent, { type: 'delivered' }>): NudgeStep {
  const active = session.active;
  if (active?.record.id !== event.nudgeId) return { session, effects: [] };
  // A nudge that reached no card stays with the tab it was meant for; a card stays with its tab.
  const tabId = event.channel === 'card' ? event.tabId : active.tabId;
  return { session: { ...session, active: { ...active, channel: event.channel, tabId } }, effects: [] };
}

function actPicked(
  session: NudgeSession,
  event: Extract<NudgeEvent, { type: 'act-picked' }>,
  ctx: NudgeContext,
): NudgeStep {
  // A nudge whose episode was lost (browser restart) never got its episode's end.
  const step = session.active ? expire(session, ctx) : { session, effects: [] };
  const { act, question, level, tabId } = event;
  if (!act) return step;
  const { now, clock } = ctx;
  const episodeId = question.episode.id;
  const record = shownNudgeRecord({ id: event.nudgeId, now, episodeId, site: question.site, level, act });
  const policy = recordNudgeShown(step.session.policy, { now, clock, site: question.site, episodeId, level });
  const via = level === 2 && ctx.settings.nudges.offerInPopup ? 'popup' : 'card';
  // Stored as the popup's before it opens: the popup reads it at once to know which nudge it answers.
  const active: ActiveNudge = { record, act, tabId, channel: via === 'popup' ? 'popup' : 'badge' };
  const effects: NudgeEffect[] = [
    ...step.effects,
    { type: 'mark-episode', episodeId, level },
    { type: 'save-record', record },
    { type: 'deliver', via, active },
  ];
  if (ctx.settings.nudges.notifications) effects.push({ type: 'notify', nudgeId: record.id, act });
  return { session: { policy, active }, effects };
}

function answered(
  session: NudgeSession,
  event: Extract<NudgeEvent, { type: 'answered' }>,
  ctx: NudgeContext,
): NudgeStep {
  const active = session.active;
  if (!active || active.record.id !== event.nudgeId) return { session, effects: [] };
  const { now, settings } = ctx;
  const { episodeId, site } = active.record;
  const policy = recordNudgeOutcome(session.policy, {
    outcome: event.outcome,
    now,
    episodeId: episodeId ?? '',
    site,
    doomMinutes: event.doomMinutes,
    settings: settings.nudges,
  });
  const effects: NudgeEffect[] = [];
  if (event.outcome === 'accepted') {
    effects.push({ type: 'start-act', pending: startPendingAct(active.act, active.record.id, now, event.actRecordId) });
  }
  effects.push(
    { type: 'save-record', record: answeredNudgeRecord(active.record, event.outcome, now) },
    { type: 'clear-notification', nudgeId: active.record.id },
  );
  return { session: { policy, active: null }, effects };
}

function anotherPicked(
  session: NudgeSession,
  event: Extract<NudgeEvent, { type: 'another-picked' }>,
  ctx: NudgeContext,
): NudgeStep {
  const active = session.active;
  if (!active || active.record.id !== event.nudgeId || !event.act) return { session, effects: [] };
  const { episodeId, site, level } = active.record;
  const record = shownNudgeRecord({
    id: event.newNudgeId,
    now: ctx.now,
    episodeId: episodeId ?? '',
    site,
    level,
    act: event.act,
  });
  return {
    session: { ...session, active: { ...active, record, act: event.act } },
    effects: [
      { type: 'save-record', record: answeredNudgeRecord(active.record, 'another', ctx.now) },
      { type: 'save-record', record },
    ],
  };
}

/** The waiting nudge ends unanswered: recorded as expired, its card taken away, its notification cleared. */
function expire(session: NudgeSession, ctx: NudgeContext): NudgeStep {
  const active = session.active;
  if (!active) return { session, effects: [] };
  const { episodeId, site } = active.record;
  const policy = recordNudgeOutcome(session.policy, {
    outcome: 'expired',
    now: ctx.now,
    episodeId: episodeId ?? '',
    site,
    doomMinutes: 0,
    settings: ctx.settings.nudges,
  });
  const effects: NudgeEffect[] = [
    { type: 'save-record', record: answeredNudgeRecord(active.record, 'expired', ctx.now) },
  ];
  if (active.channel === 'card' && active.tabId !== null) {
    effects.push({ type: 'hide-card', tabId: active.tabId, nudgeId: active.record.id });
  }
  effects.push({ type: 'clear-notification', nudgeId: active.record.id });
  return { session: { policy, active: null }, effects };
}
