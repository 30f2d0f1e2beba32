import type { EpisodeRecord } from '@/utils/domain/history/records';
import { finaliseWaitingEpisodes, flushHistoryWrites, writeHistory } from '../db/history-writes';
import { episodesRepo } from '../db/repos';
import { getHistoryDb } from '../history-status';
import { readOutbox } from '../storage/outbox-store';

/** How far back start-up looks for episodes left open by a lost session (ms): the longest episode a record allows. */
const DANGLING_LOOKBACK_MS = 7 * 24 * 3600_000;

/**
 * Writes an episode (checkpoint or final record) to history. When the database is unavailable or
 * the write fails, detection carries on, the record waits in the outbox, and this resolves `false`.
 */
export async function saveEpisode(episode: EpisodeRecord): Promise<boolean> {
  try {
    return (await writeHistory({ store: 'episodes', record: episode })) === 'saved';
  } catch (error) {
    console.error('[outward] episode neither saved nor kept for later', error);
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
    // Episodes still waiting in the outbox are finalised there, then everything waiting is tried again.
    await finaliseWaitingEpisodes(openId);
    await flushHistoryWrites();
    const opened = await getHistoryDb();
    if (!opened.ok) return 0;
    const recent = await episodesRepo.startedBetween(opened.db, { from: now - DANGLING_LOOKBACK_MS, to: now });
    // A newer version of an episode may still wait in the outbox: that one wins.
    const { writes } = await readOutbox();
    const waiting = new Set(writes.flatMap((write) => (write.store === 'episodes' ? [write.record.id] : [])));
    const dangling = recent.filter((e) => e.endedAt === null && e.id !== openId && !waiting.has(e.id));
    for (const episode of dangling) {
      const record = { ...episode, endedAt: episode.lastActivityAt, endReason: 'restart' as const };
      await writeHistory({ store: 'episodes', record });
    }
    return dangling.length;
  } catch (error) {
    console.warn('[outward] open episodes could not be finalised', error);
    return 0;
  }
}
