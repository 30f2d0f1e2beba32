import { ACT_CATEGORIES, type ActCategory } from '../settings/schema';
import type { DailyRollup } from './rollup';

/** Kind acts in one category. */
export interface CategoryCount {
  category: ActCategory;
  acts: number;
}

/** Kind acts per category over the given days, every category listed (zeros too), most first. */
export function actsByCategory(rollups: Iterable<DailyRollup>): CategoryCount[] {
  const counts = new Map<ActCategory, number>(ACT_CATEGORIES.map((category) => [category, 0]));
  for (const rollup of rollups) {
    for (const category of ACT_CATEGORIES) {
      counts.set(category, (counts.get(category) ?? 0) + (rollup.actsByCategory[category] ?? 0));
    }
  }
  // A stable sort keeps the catalogue's category order among equal counts.
  return [...counts].map(([category, acts]) => ({ category, acts })).sort((a, b) => b.acts - a.acts);
}
