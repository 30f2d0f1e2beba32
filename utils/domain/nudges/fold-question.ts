import { MINUTE_MS } from '../detection/constants';
import type { DetectorDecision } from '../detection/decisions';
import type { DetectorState } from '../detection/state';
import type { Settings } from '../settings/schema';
import { findWatchedSite, minutesBeforeNudgeFor } from '../settings/watched-sites';
import type { NudgeInput } from './policy';

/** The part of a policy question that comes from a fold: the episode, the site and its threshold. */
export type FoldQuestion = Pick<NudgeInput, 'episode' | 'thresholdMinutes' | 'site'>;

/**
 * What to ask the nudge policy after a summary from a page on `host`: the open episode with its
 * doom minutes (fractional, so a snooze ends on time), the watched site the page belongs to, and
 * that site's threshold. Null when no episode is open or the page is not on an enabled watched site.
 */
export function foldQuestion(
  detector: DetectorState,
  settings: Pick<Settings, 'watchedSites' | 'detection'>,
  host: string,
): FoldQuestion | null {
  const episode = detector.episode;
  const site = findWatchedSite(settings, host);
  if (!episode || !site) return null;
  return {
    episode: { id: episode.id, doomMinutes: episode.doomMs / MINUTE_MS },
    thresholdMinutes: minutesBeforeNudgeFor(settings, site),
    site: site.host,
  };
}

/** Doom minutes of the episode `episodeId` if it is still the open one, else 0 (it ended). */
export function doomMinutesOf(detector: DetectorState, episodeId: string | null): number {
  return detector.episode && detector.episode.id === episodeId ? detector.episode.doomMs / MINUTE_MS : 0;
}

/** Ids of the episodes that these decisions end. */
export function endedEpisodeIds(decisions: readonly DetectorDecision[]): string[] {
  return decisions.flatMap((decision) => (decision.kind === 'episode-ended' ? [decision.episode.id] : []));
}
