import type { EpisodeRecord } from '../../domain/history/records';
import { episodesRepo } from '../db/repos';
import { getHistoryDb } from '../history-status';

/** How far back start-up looks for episodes left open by a lost session (ms): the longest episode a record allows. */
const DANGLING_LOOKBACK_MS = 7 * 24 * 3600_000;

/**
 * Writes an episode (checkpoint or final record) to history. History is optional: when the
 * database is unavailable or the write fails, detection carries on and this resolves `false`.
 */
export async function saveEpisode(episode: EpisodeRecord): Promise<boolean> {
  try {
    const opened = await getHistoryDb();
    if (!opened.ok) return false;
    await episodesRepo.save(opened.db, episode);
    return true;
  } catch (error) {
    console.warn('[outward] episode not saved to history', error);
    return false;
  }
}

/**
 * Finalises checkpointed episodes that can no longer end normally because the detector state that
 * held them was lost (browser restart, extension update): they end at their last activity with the
 * reason `restart`. The episode still open in the detector (`openId`) is left alone. Returns how many.
 */
export async function finaliseDanglingEpisodes(openId: string | null, now: number): Promise<number> {
  try {
    const opened = await getHistoryDb();
    if (!opened.ok) return 0;
    const recent = await episodesRepo.startedBetween(opened.db, { from: now - DANGLING_LOOKBACK_MS, to: now });
    const dangling = recent.filter((episode) => episode.endedAt === null && episode.id !== openId);
    for (const episode of dangling) {
      await episodesRepo.save(opened.db, { ...episode, endedAt: episode.lastActivityAt, endReason: 'restart' });
    }
    return dangling.length;
  } catch (error) {
    console.warn('[outward] open episodes could not be finalised', error);
    return 0;
  }
}
