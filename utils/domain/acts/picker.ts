import { hostMatches } from '../hosts';
import type { RandomSource } from '../random';
import type { Settings } from '../settings/schema';
import { outcomeFactor, type ActOutcomes } from './outcomes';
import type { PoolEntry, ResolvedAct } from './types';

/** Weight multiplier for acts whose site context matches the current host. */
export const SITE_BOOST = 3;
/** Weight multiplier for acts the person shaped themselves (their people, causes or own acts). */
export const PERSONAL_BOOST = 2;

/** What the picker knows besides the random source. */
export interface PickContext {
  pool: readonly PoolEntry[];
  /** The person's preferences: chosen categories and free-only. */
  settings: Pick<Settings['acts'], 'categories' | 'freeOnly'>;
  /** Host of the page the person is on, or null (popup, unknown). */
  site: string | null;
  outcomes: ActOutcomes;
}

/**
 * Weight of each pool entry, in pool order (0 means excluded). Money acts are out when the person
 * wants free ones only; acts outside the chosen categories are out, unless that would leave nothing.
 */
export function actWeights({ pool, settings, site, outcomes }: PickContext, excludeId: string | null = null): number[] {
  const allowed = (entry: PoolEntry, checkCategory: boolean) =>
    entry.act.id !== excludeId &&
    !(settings.freeOnly && entry.act.cost === 'money') &&
    (!checkCategory || settings.categories.includes(entry.act.category));
  const strict = pool.some((entry) => allowed(entry, true));
  return pool.map((entry) => {
    if (!allowed(entry, strict)) return 0;
    const siteFactor = site !== null && entry.sites.some((pattern) => hostMatches(site, pattern)) ? SITE_BOOST : 1;
    const personalFactor = entry.personal ? PERSONAL_BOOST : 1;
    return entry.share * siteFactor * personalFactor * outcomeFactor(outcomes.get(entry.act.id));
  });
}

/**
 * Picks one kind act, weighted by `actWeights`. Never returns `lastActId` (the act just shown, so
 * "Another idea" always changes the idea); returns null when nothing else is left. Deterministic:
 * the same inputs and random sequence give the same act.
 */
export function pickKindAct(
  input: PickContext & { lastActId: string | null; random: RandomSource },
): ResolvedAct | null {
  const weights = actWeights(input, input.lastActId);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total <= 0) return null;
  const draw = Math.min(Math.max(input.random(), 0), 1) * total;
  let running = 0;
  let lastPositive = -1;
  for (const [index, weight] of weights.entries()) {
    if (weight <= 0) continue;
    running += weight;
    lastPositive = index;
    if (draw < running) return input.pool[index]?.act ?? null;
  }
  // Only reached when rounding leaves `draw` at the very end of the range.
  return input.pool[lastPositive]?.act ?? null;
}
