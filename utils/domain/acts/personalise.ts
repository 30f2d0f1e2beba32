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

/**
 * Every act the picker may offer, with words translated and personalised: an act with a person slot
 * becomes one variant per person (their name, their reach link), a give act with a cause slot one per
 * cause (its link, the person's own impact words); without people or causes the generic wording is
 * used. The person's custom acts join as they wrote them. Variants of one act share its weight.
 */
export function buildActPool({
  acts,
  t,
  catalogue = BUILT_IN_ACTS,
}: {
  acts: Pick<Settings['acts'], 'people' | 'causes' | 'custom'>;
  t: Translate;
  catalogue?: readonly CatalogueAct[];
}): PoolEntry[] {
  const pool: PoolEntry[] = [];
  for (const act of catalogue) {
    const variants = variantsOf(act, acts.people, acts.causes, t);
    const share = 1 / variants.length;
    for (const variant of variants) pool.push({ act: variant, sites: act.sites, share, personal: isPersonal(variant) });
  }
  for (const custom of acts.custom)
    pool.push({ act: resolveCustomAct(custom, t), sites: [], share: 1, personal: true });
  return pool;
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
