import { isPlaceBound, placeLinkFor } from '../giving/place-links';
import { INTERNATIONAL, type GivingCountry } from '../giving/sources';
import type { Translate } from '../i18n';
import type { Cause, CustomAct, Person, Settings } from '../settings/schema';
import { BUILT_IN_ACTS } from './catalogue';
import type { CatalogueAct, PoolEntry, ResolvedAct } from './types';

/** Prefix that keeps the person's own act ids apart from built-in ids in history. */
export const CUSTOM_ACT_PREFIX = 'custom-';

/** The id a custom act carries once resolved (`custom-<its settings id>`). */
export function customActId(id: string): string {
  return `${CUSTOM_ACT_PREFIX}${id}`;
}

/** Where the person gives: their list country, and whether giving acts rest this month. */
export interface GivingContext {
  /** Country whose place links apply (`XX`: international, where no place link exists). */
  country: GivingCountry;
  /** True once the month's recorded gifts reached the monthly limit: money acts are left out. */
  resting: boolean;
}

/**
 * Every act the picker may offer, with words translated and personalised: an act with a person slot
 * becomes one variant per person (their name, their reach link), a give act with a cause slot one per
 * cause (its link, the person's own impact words); without people the generic wording is used. An act
 * with a cause slot needs a cause (it has nothing to open otherwise), and an act bound to a place
 * needs a confirmed link for the person's country: without them it is not offered. While giving
 * rests, acts that cost money are not offered. The person's custom acts join as they wrote them
 * (their own money acts rest too). Variants of one act share its weight.
 */
export function buildActPool({
  acts,
  t,
  catalogue = BUILT_IN_ACTS,
  giving = { country: INTERNATIONAL, resting: false },
}: {
  acts: Pick<Settings['acts'], 'people' | 'causes' | 'custom'>;
  t: Translate;
  catalogue?: readonly CatalogueAct[];
  giving?: GivingContext;
}): PoolEntry[] {
  const pool: PoolEntry[] = [];
  for (const act of catalogue) {
    if (giving.resting && act.cost === 'money') continue;
    const placed = placeAct(act, giving.country);
    if (!placed) continue;
    if (placed.slot?.kind === 'cause' && acts.causes.length === 0) continue;
    const variants = variantsOf(placed, acts.people, acts.causes, t);
    const share = 1 / variants.length;
    for (const variant of variants) pool.push({ act: variant, sites: act.sites, share, personal: isPersonal(variant) });
  }
  for (const custom of acts.custom) {
    if (giving.resting && custom.cost === 'money') continue;
    pool.push({ act: resolveCustomAct(custom, t), sites: [], share: 1, personal: true });
  }
  return pool;
}

/** The act with its country's link when it is bound to a place; null when it has none there. */
function placeAct(act: CatalogueAct, country: GivingCountry): CatalogueAct | null {
  if (!isPlaceBound(act.id)) return act;
  const link = placeLinkFor(act.id, country);
  return link ? { ...act, link: link.url } : null;
}

/** A custom act as the card shows it; its why-line says the person added it. */
export function resolveCustomAct(custom: CustomAct, t: Translate): ResolvedAct {
  return {
    id: customActId(custom.id),
    title: custom.title,
    howTo: custom.howTo,
    why: t('actCustomWhy'),
    minutes: custom.minutes,
    cost: custom.cost,
    category: custom.category,
    link: custom.link,
  };
}

function variantsOf(
  act: CatalogueAct,
  people: readonly Person[],
  causes: readonly Cause[],
  t: Translate,
): ResolvedAct[] {
  if (act.slot?.kind === 'person' && people.length > 0) {
    const titleKey = act.slot.titleKey;
    return people.map((person) => ({
      ...generic(act, t),
      title: t(titleKey, person.name),
      link: person.reach ?? act.link,
      personId: person.id,
    }));
  }
  if (act.slot?.kind === 'cause' && causes.length > 0) {
    const titleKey = act.slot.titleKey;
    return causes.map((cause) => ({
      ...generic(act, t),
      title: t(titleKey, cause.name),
      why: cause.impact.trim() || t(act.whyKey),
      link: cause.url,
      causeId: cause.id,
    }));
  }
  return [generic(act, t)];
}

function generic(act: CatalogueAct, t: Translate): ResolvedAct {
  return {
    id: act.id,
    title: t(act.titleKey),
    howTo: t(act.howToKey),
    why: t(act.whyKey),
    minutes: act.minutes,
    cost: act.cost,
    category: act.category,
    link: act.link,
  };
}

function isPersonal(act: ResolvedAct): boolean {
  return act.personId !== undefined || act.causeId !== undefined;
}
