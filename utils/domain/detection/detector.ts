import type { EpisodeEndReason } from '../history/records';
import type { Settings } from '../settings/schema';
import { findWatchedSite, minutesBeforeNudgeFor } from '../settings/watched-sites';
import { isDoomLike } from './classify';
import { CHECKPOINT_EVERY_MS, GAP_MS, INACTIVE_END_MS, MAX_EPISODE_SITES, MINUTE_MS } from './constants';
import type { DetectorDecision, FoldResult } from './decisions';
import { advancePace } from './pace';
import { episodeToRecord, type DetectorState, type OpenEpisode } from './state';
import type { ScrollSummary } from './summary';

/**
 * The doom-scroll detector (DESIGN.md §4): a pure fold of sampler summaries into one episode per
 * person, across watched sites and tabs. O(1) per fold; the state is plain JSON.
 *
 * Time counts only once: a window counts from the latest instant already counted (`coveredUntil`),
 * so two tabs reporting the same stretch of wall-clock time add it once, and time nobody observed
 * (a gap, sleep) never counts.
 */
export function foldSummary(
  state: DetectorState,
  summary: ScrollSummary,
  settings: Pick<Settings, 'watchedSites' | 'detection'>,
  now: number,
  newId: () => string,
): FoldResult<DetectorState> {
  const decisions: DetectorDecision[] = [];
  if (state.coveredUntil - now > GAP_MS) {
    // The clock was set back: what was counted lies in the "future"; start counting afresh.
    if (state.episode) finish(state.episode, 'gap', decisions);
    state = { coveredUntil: 0, episode: null };
  }
  const site = findWatchedSite(settings, summary.host);
  const end = Math.min(summary.windowEnd, now);
  const start = Math.max(summary.windowStart, state.coveredUntil);
  if (!site || !summary.visible || end <= start) return { state, decisions };

  let episode = state.episode;
  if (episode && start - episode.lastSeenAt > GAP_MS) episode = finish(episode, 'gap', decisions);
  else if (episode && start - episode.lastDoomAt >= INACTIVE_END_MS) episode = finish(episode, 'inactive', decisions);

  // Nobody reported the time between the last counted instant and this window: stillness if short.
  const silence = state.coveredUntil > 0 ? start - state.coveredUntil : Infinity;
  const windowMs = summary.windowEnd - summary.windowStart;
  const pace = advancePace(state.pace, silence, end - start, windowMs, summary.screens);
  const doomLike = isDoomLike(summary, settings.detection.sensitivity, pace);
  if (!episode && doomLike) {
    episode = openEpisode(newId(), start);
    decisions.push({ kind: 'episode-started', episode: episodeToRecord(episode) });
  }
  if (!episode) return { state: { coveredUntil: end, episode: null, pace }, decisions };

  const counted = end - start;
  const doomMs = doomLike ? episode.doomMs + counted : episode.doomMs;
  const threshold = minutesBeforeNudgeFor(settings, site);
  const reachesThreshold = !episode.thresholdReached && doomMs >= threshold * MINUTE_MS;
  const checkpointDue = episode.lastCheckpointAt === null || now - episode.lastCheckpointAt >= CHECKPOINT_EVERY_MS;
  const before = episode;
  episode = {
    id: before.id,
    startedAt: before.startedAt,
    lastSeenAt: end,
    lastDoomAt: doomLike ? end : before.lastDoomAt,
    doomMs,
    activeMs: before.activeMs + counted,
    sites: withSite(before.sites, site.host),
    nudgeLevel: before.nudgeLevel,
    lastCheckpointAt: checkpointDue ? now : before.lastCheckpointAt,
    thresholdReached: before.thresholdReached || reachesThreshold,
  };
  if (!doomLike && end - episode.lastDoomAt >= INACTIVE_END_MS) {
    finish(episode, 'inactive', decisions);
    return { state: { coveredUntil: end, episode: null, pace }, decisions };
  }

  const wholeMinutes = Math.floor(doomMs / MINUTE_MS);
  if (wholeMinutes > Math.floor(before.doomMs / MINUTE_MS)) {
    decisions.push({ kind: 'doom-minutes', episodeId: episode.id, minutes: wholeMinutes });
  }
  if (reachesThreshold) {
    decisions.push({ kind: 'threshold-reached', episodeId: episode.id, minutes: threshold, host: site.host });
  }
  if (checkpointDue) decisions.push({ kind: 'checkpoint', episode: episodeToRecord(episode) });
  return { state: { coveredUntil: end, episode, pace }, decisions };
}

/**
 * Ends the open episode once it has gone `INACTIVE_END_MS` without a doom-like window. Called by
 * the alarm that exists only while an episode is open.
 */
export function closeIfInactive(state: DetectorState, now: number): FoldResult<DetectorState> {
  if (!state.episode || now - state.episode.lastDoomAt < INACTIVE_END_MS) return { state, decisions: [] };
  return endEpisode(state, 'inactive', now);
}

/** Ends the open episode at its last activity (never later than `now`), e.g. when the system goes idle or locks. */
export function endEpisode(state: DetectorState, reason: EpisodeEndReason, now: number): FoldResult<DetectorState> {
  const episode = state.episode;
  if (!episode) return { state, decisions: [] };
  const decisions: DetectorDecision[] = [];
  const lastSeenAt = Math.max(episode.startedAt, Math.min(episode.lastSeenAt, now));
  finish({ ...episode, lastSeenAt }, reason, decisions);
  // The person was away (idle, locked, a restart): the next stretch's pace starts afresh.
  return { state: { coveredUntil: state.coveredUntil, episode: null }, decisions };
}

function openEpisode(id: string, at: number): OpenEpisode {
  return {
    id,
    startedAt: at,
    lastSeenAt: at,
    lastDoomAt: at,
    doomMs: 0,
    activeMs: 0,
    sites: [],
    nudgeLevel: 0,
    lastCheckpointAt: null,
    thresholdReached: false,
  };
}

function finish(episode: OpenEpisode, reason: EpisodeEndReason, decisions: DetectorDecision[]): null {
  decisions.push({ kind: 'episode-ended', episode: episodeToRecord(episode, { reason }), reason });
  return null;
}

function withSite(sites: string[], host: string): string[] {
  return sites.includes(host) || sites.length >= MAX_EPISODE_SITES ? sites : [...sites, host];
}
