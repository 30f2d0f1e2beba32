import type { ActRecord, NudgeRecord } from '../history/records';

/** How often an act was done, and how often the person asked for another idea instead. */
export interface ActOutcomeCounts {
  done: number;
  skipped: number;
}

/** Outcome counts by act id; acts never offered are simply absent. */
export type ActOutcomes = ReadonlyMap<string, ActOutcomeCounts>;

/** Lowest and highest factor past outcomes can give an act: skipped acts fade, never vanish. */
export const OUTCOME_FACTOR_MIN = 0.25;
export const OUTCOME_FACTOR_MAX = 4;

/**
 * Counts past outcomes per act. "Done" is a completed act record; "skipped" is a nudge answered with
 * *Another idea*. Not now, dismissed and expired say something about the moment, not the act, so they
 * do not count against it.
 */
export function tallyActOutcomes({
  acts,
  nudges,
}: {
  acts: readonly Pick<ActRecord, 'actId'>[];
  nudges: readonly Pick<NudgeRecord, 'actId' | 'outcome'>[];
}): ActOutcomes {
  const counts = new Map<string, ActOutcomeCounts>();
  const bump = (id: string, field: keyof ActOutcomeCounts) => {
    const current = counts.get(id) ?? { done: 0, skipped: 0 };
    counts.set(id, { ...current, [field]: current[field] + 1 });
  };
  for (const record of acts) bump(record.actId, 'done');
  for (const nudge of nudges) if (nudge.outcome === 'another') bump(nudge.actId, 'skipped');
  return counts;
}

/**
 * Weight factor from past outcomes: (done + 1) / (skipped + 1), the add-one (Laplace) smoothed
 * odds, so an act never seen weighs 1; clamped so a favourite cannot crowd out everything and a
 * skipped act keeps a small chance.
 */
export function outcomeFactor(counts: ActOutcomeCounts | undefined): number {
  if (!counts) return 1;
  const odds = (counts.done + 1) / (counts.skipped + 1);
  return Math.min(OUTCOME_FACTOR_MAX, Math.max(OUTCOME_FACTOR_MIN, odds));
}
