import type { EpisodeRecord } from '../history/records';

/**
 * An episode still open in an export file (the file was made mid-episode) is imported closed at
 * its last activity, with the end reason `imported`: the detector that would have ended it is not
 * in this browser, and no other reason says truly why it stops there. Closed episodes come back
 * as they are (the same objects).
 */
export function closeOpenEpisodes(episodes: EpisodeRecord[]): EpisodeRecord[] {
  if (!episodes.some((episode) => episode.endedAt === null)) return episodes;
  return episodes.map((episode) =>
    episode.endedAt === null ? { ...episode, endedAt: episode.lastActivityAt, endReason: 'imported' } : episode,
  );
}
