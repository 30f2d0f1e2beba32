import { summariseGiven, type GivenSummary } from '@/utils/domain/giving/given-sums';
import { readSettings } from '../storage/settings-store';
import type { HistoryDatabase } from './open-history-db';
import { actsRepo } from './repos';

/** What was given and the names of the person's causes, for the journal; `now` in epoch ms. */
export async function readGiven(
  db: HistoryDatabase,
  now: number,
): Promise<{ summary: GivenSummary; names: Map<string, string> }> {
  const [acts, { settings }] = await Promise.all([actsRepo.between(db, { from: 0, to: now }), readSettings()]);
  return {
    summary: summariseGiven(acts, now),
    names: new Map(settings.acts.causes.map((cause) => [cause.id, cause.name])),
  };
}
