import * as v from 'valibot';
import type { MessageKey } from '../i18n';
import { ACT_CATEGORIES, type ActCategory } from '../settings/schema';

/** Whether an act involves giving money. */
export const ACT_COSTS = ['free', 'money'] as const;
export type ActCost = (typeof ACT_COSTS)[number];

/** What a built-in act can be personalised with: one of the person's people, or one of their causes. */
export type ActSlot = 'person' | 'cause';

/** A built-in kind act: its shape lives here, its words in `_locales` under `act_<id>_*`. */
export interface CatalogueAct {
  /** Stable kebab-case id, kept in history records; never rename a shipped one. */
  id: string;
  category: ActCategory;
  /** Minutes it takes, 1 to 5. */
  minutes: 1 | 2 | 3 | 4 | 5;
  cost: ActCost;
  titleKey: MessageKey;
  howToKey: MessageKey;
  whyKey: MessageKey;
  /** Title with a `$PERSON$` or `$CAUSE$` placeholder, used when the person added people or causes. */
  slot: { kind: ActSlot; titleKey: MessageKey } | null;
  /** Hosts where this act fits especially well (subdomains match too). */
  sites: readonly string[];
  /** A generic https page that helps do the act, or null. */
  link: string | null;
}

const Text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** An act ready to show: words translated and personalised, link chosen. Stored as a pending act snapshot. */
export const ResolvedActSchema = v.object({
  /** Catalogue id, or `custom-<id>` for the person's own acts. */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  title: Text(240),
  howTo: Text(400),
  why: Text(400),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5)),
  cost: v.picklist(ACT_COSTS),
  category: v.picklist(ACT_CATEGORIES),
  /** Where *Do it* goes; checked again with `checkLink` before anything opens. */
  link: v.nullable(Text(2048)),
  personId: v.optional(Text(64)),
  causeId: v.optional(Text(64)),
});
export type ResolvedAct = v.InferOutput<typeof ResolvedActSchema>;

/** One candidate in the picker's pool: the act, the hosts it suits, and its share of weight (0–1]. */
export interface PoolEntry {
  act: ResolvedAct;
  sites: readonly string[];
  /** Variants of one act (one per person or cause) split a single act's weight between them. */
  share: number;
  /** True when the person chose the content (their people, causes or own acts). */
  personal: boolean;
}
