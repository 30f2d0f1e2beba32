import type { MessageKey } from '../i18n';
import type { ActCategory } from '../settings/schema';
import type { ActCost, ActSlot, CatalogueAct } from './types';

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
type KeysFor<Id extends string, Slot> =
  `act_${Snake<Id>}_${'title' | 'how' | 'why'}` | (Slot extends ActSlot ? `act_${Snake<Id>}_${Slot}` : never);
/** The id itself when all its message keys exist; `never` (a compile error at the call) otherwise. */
type CheckedId<Id extends string, Slot> = [KeysFor<Id, Slot>] extends [MessageKey] ? Id : never;

/** The structure of one built-in act, without its words. */
export interface ActSpec<Slot extends ActSlot | undefined> {
  category: ActCategory;
  minutes: CatalogueAct['minutes'];
  cost: ActCost;
  slot?: Slot;
  sites?: readonly string[];
  link?: string;
}

/**
 * Declares a built-in act. Its message keys follow from the id (`thank-teacher` →
 * `act_thank_teacher_title`, `_how`, `_why`, plus `_person` or `_cause` for a slot), and the
 * compiler refuses an id whose keys are missing from the English messages.
 */
export function act<const Id extends string, Slot extends ActSlot | undefined = undefined>(
  id: Id & CheckedId<Id, Slot>,
  spec: ActSpec<Slot>,
): CatalogueAct {
  const base = `act_${id.replaceAll('-', '_')}`;
  // The keys were checked at the type level above; the template strings cannot carry that proof.
  const key = (suffix: string) => `${base}_${suffix}` as MessageKey;
  return {
    id,
    category: spec.category,
    minutes: spec.minutes,
    cost: spec.cost,
    titleKey: key('title'),
    howToKey: key('how'),
    whyKey: key('why'),
    slot: spec.slot ? { kind: spec.slot, titleKey: key(spec.slot) } : null,
    sites: spec.sites ?? [],
    link: spec.link ?? null,
  };
}
