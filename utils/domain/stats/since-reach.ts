import { BUILT_IN_ACTS } from '../acts/catalogue';
import type { GiftEntry } from '../giving/given-sums';
import { totalsByCurrency, type CurrencyTotals } from '../giving/given-sums';
import { trend, type SinceTrend } from './since-began';

/**
 * How many more or fewer people count as a change: any, up to the shared 15 % margin. A
 * fortnight's people are few, and one more person is a real difference worth saying.
 */
export const SINCE_SAME_PEOPLE = 0;

/**
 * Built-in acts addressed to one person: those Outward personalises with one of the person's
 * people ("Text Ana…"), or offers for "a friend" when they have named none. An act record of one
 * of these without a `personId` (recorded before Outward kept it, or for "a friend") was for
 * someone, but history cannot say whom, so a fortnight holding one has no honest count of people.
 */
export const PERSON_ACT_IDS: ReadonlySet<string> = new Set(
  BUILT_IN_ACTS.filter((act) => act.slot?.kind === 'person').map((act) => act.id),
);

/** What an act record brings to these figures. */
export interface ReachEntry extends GiftEntry {
  actId: string;
  /** Which of the person's people it was for, when the record says so. */
  personId?: string;
}

/** What was given in one window: per currency, never converted, and to how many different causes. */
export interface WindowGifts {
  totals: CurrencyTotals;
  causes: number;
}

/** How many different people the acts of each fortnight were for. */
export interface PeopleReached {
  /** Null when some act of the first fortnight was for one person without saying whom. */
  first: number | null;
  latest: number;
  /** Which way it went; null when the first fortnight has no count. */
  trend: SinceTrend | null;
}

/** The first two weeks beside the last two, for people and giving. */
export interface SinceReach {
  /** Different people reached; null when the last fortnight has no count or neither has anyone. */
  people: PeopleReached | null;
  /** What was given in each window (two weeks each); null when neither window has a gift. */
  gifts: { first: WindowGifts; latest: WindowGifts } | null;
}

/**
 * People reached and gifts in the first two weeks (`first`: the acts done then) and the last two
 * (`latest`). People are the different person ids the acts were for: two acts for one person
 * count once. Each part stays silent (null) when there is nothing honest to compare, rather than
 * set a zero beside a zero or beside a fortnight that did not record whom its acts were for.
 */
export function sinceReach(
  first: readonly ReachEntry[],
  latest: readonly ReachEntry[],
  personActs: ReadonlySet<string> = PERSON_ACT_IDS,
): SinceReach {
  const [giftsFirst, giftsLatest] = [giftsOf(first), giftsOf(latest)];
  return {
    people: peopleReached(peopleIn(first, personActs), peopleIn(latest, personActs)),
    gifts:
      giftsFirst.totals.length + giftsLatest.totals.length === 0 ? null : { first: giftsFirst, latest: giftsLatest },
  };
}

function peopleReached(first: number | null, latest: number | null): PeopleReached | null {
  if (latest === null || (first ?? 0) + latest === 0) return null;
  return { first, latest, trend: first === null ? null : trend(first, latest, SINCE_SAME_PEOPLE) };
}

/** Different people the acts were for; null when an act addressed to one person does not say whom. */
function peopleIn(acts: readonly ReachEntry[], personActs: ReadonlySet<string>): number | null {
  if (acts.some((act) => act.personId === undefined && personActs.has(act.actId))) return null;
  return new Set(acts.flatMap((act) => (act.personId === undefined ? [] : [act.personId]))).size;
}

function giftsOf(acts: readonly ReachEntry[]): WindowGifts {
  const gifts = acts.flatMap((act) => (act.given ? [act.given] : []));
  const causes = new Set(gifts.flatMap((gift) => (gift.causeId === null ? [] : [gift.causeId])));
  return { totals: totalsByCurrency(gifts), causes: causes.size };
}
