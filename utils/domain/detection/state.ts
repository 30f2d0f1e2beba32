import * as v from 'valibot';
import type { EpisodeEndReason, EpisodeRecord } from '../history/records';
import { MAX_EPISODE_SITES } from './constants';
import { PaceSchema } from './pace';

const EpochMs = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const Ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7 * 24 * 3600_000));

/** The open episode as the detector keeps it between folds. Times are epoch ms, durations ms. */
export const OpenEpisodeSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[\w-]+$/)),
  startedAt: EpochMs,
  /** End of the latest window counted in this episode. */
  lastSeenAt: EpochMs,
  /** End of the latest doom-like window. */
  lastDoomAt: EpochMs,
  doomMs: Ms,
  activeMs: Ms,
  /** Watched sites (their configured host) seen in this episode, first come first kept. */
  sites: v.pipe(v.array(v.string()), v.maxLength(MAX_EPISODE_SITES)),
  /** Highest nudge level shown in this episode (0: none); set by the nudge policy. */
  nudgeLevel: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)),
  /** `now` of the latest checkpoint decision; null before the first. */
  lastCheckpointAt: v.nullable(EpochMs),
  /** Whether `threshold-reached` was already decided in this episode. */
  thresholdReached: v.boolean(),
});

/**
 * Everything the detector remembers, as plain JSON: it lives in `browser.storage.session` and is
 * read back (and validated) before every fold, because the worker may have restarted in between.
 */
export const DetectorStateSchema = v.object({
  /** Epoch ms up to which time has been counted, across all tabs; a window counts only after it. */
  coveredUntil: EpochMs,
  episode: v.nullable(OpenEpisodeSchema),
  /** The recent scrolling pace up to `coveredUntil`; absent before anything was counted (and in older states). */
  pace: v.optional(PaceSchema),
});

export type OpenEpisode = v.InferOutput<typeof OpenEpisodeSchema>;
export type DetectorState = v.InferOutput<typeof DetectorStateSchema>;

/** The state before anything has been seen. */
export const INITIAL_DETECTOR_STATE: Readonly<DetectorState> = Object.freeze({ coveredUntil: 0, episode: null });

/** Parses stored state; anything broken or missing becomes the initial state. */
export function parseDetectorState(stored: unknown): DetectorState {
  const parsed = v.safeParse(DetectorStateSchema, stored);
  return parsed.success ? parsed.output : { ...INITIAL_DETECTOR_STATE };
}

/** The history record of an episode: open (a checkpoint) unless `end` says when and why it ended. */
export function episodeToRecord(episode: OpenEpisode, end?: { reason: EpisodeEndReason }): EpisodeRecord {
  return {
    id: episode.id,
    startedAt: episode.startedAt,
    lastActivityAt: episode.lastSeenAt,
    endedAt: end ? episode.lastSeenAt : null,
    endReason: end ? end.reason : null,
    doomMs: episode.doomMs,
    activeMs: episode.activeMs,
    sites: [...episode.sites],
    nudgeLevel: episode.nudgeLevel,
  };
}

/** The state with a nudge of `level` noted on the open episode `episodeId` (never lowered); the same state otherwise. */
export function withNudgeLevel(state: DetectorState, episodeId: string, level: number): DetectorState {
  const episode = state.episode;
  if (episode?.id !== episodeId || episode.nudgeLevel >= level) return state;
  return { ...state, episode: { ...episode, nudgeLevel: level } };
}
