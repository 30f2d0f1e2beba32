import type { StoreCounts } from './export-format';
import type { ImportProblem } from './import-problem';
import type { ImportSummary } from './import-summary';

/** What an import did: records added and records that were already there (by id), per store. */
export interface MergeCounts {
  added: StoreCounts;
  alreadyPresent: StoreCounts;
}

/** Answer to `data/import`: either everything was merged, or nothing changed and `problem` says why. */
export type ImportOutcome =
  | ({ ok: true; summary: ImportSummary; settingsRestored: boolean } & MergeCounts)
  | { ok: false; problem: ImportProblem };

/** Answer to `data/delete-all`. Settings are always back to defaults; history may not have been reachable. */
export interface DeleteAllResult {
  /** `unavailable`: no history database in this browser mode; `failed`: the clear was refused (see `reason`). */
  history: 'cleared' | 'unavailable' | 'failed';
  /** Records removed from each store (zeros unless cleared). */
  removed: StoreCounts;
  reason?: string;
}

/** Zero for every store. */
export function zeroCounts(): StoreCounts {
  return { episodes: 0, nudges: 0, acts: 0, checkins: 0 };
}

/** Sum over the four stores. */
export function totalOf(counts: StoreCounts): number {
  return counts.episodes + counts.nudges + counts.acts + counts.checkins;
}
