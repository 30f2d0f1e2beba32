import type { Cause } from '../settings/schema';
import { givingListCountry } from './country';
import { STARTER_CAUSE_PREFIX } from './plan';
import { STARTER_CAUSES, type StarterCause } from './starter-causes';

// Apart from plan.ts, so pages that only read the plan (the popup) do not load the starter lists.

/** The starter list for a country: its own organisations first, then the international ones. */
export function starterCausesFor(country: string): readonly StarterCause[] {
  const list = givingListCountry(country);
  return list === 'XX' ? STARTER_CAUSES.XX : [...STARTER_CAUSES[list], ...STARTER_CAUSES.XX];
}

/** A starter cause as the person's own cause in settings, in their language (`en` or `es`). */
export function starterToCause(starter: StarterCause, language: string): Cause {
  return {
    id: `${STARTER_CAUSE_PREFIX}${starter.id}`,
    name: starter.name,
    url: starter.url,
    impact: language.startsWith('es') ? starter.what.es : starter.what.en,
  };
}
