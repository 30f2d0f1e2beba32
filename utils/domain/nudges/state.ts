import * as v from 'valibot';
import type { NudgeOutcome } from '../history/records';
import { normaliseHost } from '../hosts';
import type { Settings } from '../settings/schema';
import type { LocalClock } from './local-clock';

/** How insistent a nudge is: 1 badge + corner card, 2 larger card, 3 pause overlay. */
export type NudgeLevel = 1 | 2 | 3;

/** What the person did with a shown nudge (every outcome but `shown`). */
export type NudgeResponse = Exclude<NudgeOutcome, 'shown'>;

const Time = v.pipe(v.number(), v.integer(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
const HostTimes = v.record(v.pipe(v.string(), v.maxLength(253)), Time);

/**
 * Everything the nudge policy remembers between decisions, as plain JSON for `storage.session` /
 * `storage.local`. Validate it on read; fall back to `createNudgeState()` when it is broken.
 */
export const NudgeStateSchema = v.object({
  /** Local day (`YYYY-MM-DD`) that `shownToday` counts; null before the first nudge. */
  day: v.nullable(v.string()),
  /** Nudges shown on `day`. */
  shownToday: Count,
  /** Epoch ms of the last nudge per host, for the per-site cooldown. */
  lastNudgeAtBySite: HostTimes,
  /** Epoch ms until which a host is muted ("I'm here on purpose"). */
  mutedUntilBySite: HostTimes,
  /** Where the ladder stands in the latest nudged episode, or null. */
  episode: v.nullable(
    v.object({
      id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
      /** Nudges shown in this episode so far. */
      step: Count,
      level: v.picklist([1, 2, 3]),
      /** showing: a card is up; snoozed: "not now", may come back; finished: no more this episode. */
      phase: v.picklist(['showing', 'snoozed', 'finished']),
      /** Doom minutes of the episode when "not now" was chosen. */
      snoozedAtDoomMinutes: v.nullable(v.pipe(v.number(), v.minValue(0))),
    }),
  ),
});
export type NudgeState = v.InferOutput<typeof NudgeStateSchema>;
export type EpisodeNudgeState = NonNullable<NudgeState['episode']>;

/** A fresh state: nothing shown, nothing muted. */
export function createNudgeState(): NudgeState {
  return { day: null, shownToday: 0, lastNudgeAtBySite: {}, mutedUntilBySite: {}, episode: null };
}

/** Longest the per-site cooldown can be (ms); older last-nudge times are dropped. */
const MAX_COOLDOWN_MS = 24 * 60 * 60_000;

/** Records that a nudge of `level` was shown now: counts it for the day, the site and the episode. */
export function recordNudgeShown(
  state: NudgeState,
  shown: { now: number; clock: LocalClock; site: string | null; episodeId: string; level: NudgeLevel },
): NudgeState {
  const day = shown.clock.dayKey(shown.now);
  const sameEpisode = state.episode?.id === shown.episodeId;
  const lastNudgeAtBySite = prune(state.lastNudgeAtBySite, (at) => shown.now - at < MAX_COOLDOWN_MS);
  if (shown.site) lastNudgeAtBySite[normaliseHost(shown.site)] = shown.now;
  return {
    day,
    shownToday: state.day === day ? state.shownToday + 1 : 1,
    lastNudgeAtBySite,
    mutedUntilBySite: prune(state.mutedUntilBySite, (until) => until > shown.now),
    episode: {
      id: shown.episodeId,
      step: sameEpisode && state.episode ? state.episode.step + 1 : 1,
      level: shown.level,
      phase: 'showing',
      snoozedAtDoomMinutes: null,
    },
  };
}

/**
 * Applies the person's answer to a shown nudge. *Not now* snoozes the episode's ladder at the
 * current doom minutes; *I'm here on purpose* mutes the site for `nudges.purposeMuteMinutes`;
 * *Another idea* changes nothing (the card stays); every other answer ends nudging for the episode.
 * Answers about an older episode only keep their site mute.
 */
export function recordNudgeOutcome(
  state: NudgeState,
  answer: {
    outcome: NudgeResponse;
    now: number;
    episodeId: string;
    site: string | null;
    doomMinutes: number;
    settings: Pick<Settings['nudges'], 'purposeMuteMinutes'>;
  },
): NudgeState {
  let next = state;
  if (answer.outcome === 'purposeful' && answer.site) {
    const mutedUntilBySite = prune(state.mutedUntilBySite, (until) => until > answer.now);
    mutedUntilBySite[normaliseHost(answer.site)] = answer.now + answer.settings.purposeMuteMinutes * 60_000;
    next = { ...state, mutedUntilBySite };
  }
  const episode = next.episode;
  if (!episode || episode.id !== answer.episodeId || answer.outcome === 'another') return next;
  if (answer.outcome === 'not-now') {
    return { ...next, episode: { ...episode, phase: 'snoozed', snoozedAtDoomMinutes: answer.doomMinutes } };
  }
  return { ...next, episode: { ...episode, phase: 'finished', snoozedAtDoomMinutes: null } };
}

function prune(times: Readonly<Record<string, number>>, keep: (time: number) => boolean): Record<string, number> {
  // No prototype: a stored host key can never be `__proto__` in effect.
  const out = Object.create(null) as Record<string, number>;
  for (const [host, time] of Object.entries(times)) if (keep(time)) out[host] = time;
  return out;
}
