import { BUILT_IN_ACTS } from '../acts/catalogue';
import type { GiftEntry } from '../giving/given-sums';
import { totalsByCurrency, type CurrencyTotals } from '../giving/given-sums';
import { SINCE_SAME_ACTS, SINCE_WINDOW_DAYS, trend, type SinceTrend } from './since-began';

/**
 * Built-in acts addressed to one person the person knows: those Outward personalises with one of
 * their people ("Text Ana…"), or offers for "a friend" when they have named none. Act records keep
 * the act's id but not who it was for, so these ids are what history can honestly say about
 * people reached: how many acts were for someone known, not how many different people.
 */
export const PERSON_ACT_IDS: ReadonlySet<string> = new Set(
  BUILT_IN_ACTS.filter((act) => act.slot?.kind === 'person').map((act) => act.id),
);

/** What an act record brings to these figures. */
export interface ReachEntry extends GiftEntry {
  actId: string;
}

/** What was given in one window: per currency, never converted, and to how many different causes. */
export interface WindowGifts {
  totals: CurrencyTotals;
  causes: number;
}

/** The first two weeks beside the last two, for people and giving. */
export interface SinceReach {
  /** Acts for someone known, per week (one decimal); null when neither window has one. */
  people: { first: number; latest: number; trend: SinceTrend } | null;
  /** What was given in each window (two weeks each); null when neither window has a gift. */
  gifts: { first: WindowGifts; latest: WindowGifts } | null;
}

/**
 * People reached and gifts in the first two weeks (`first`: the acts done then) and the last two
 * (`latest`). Each part stays silent (null) when neither window has anything to compare, rather
 * than set a zero beside a zero.
 */
export function sinceReach(
  first: readonly ReachEntry[],
  latest: readonly ReachEntry[],
  personActs: ReadonlySet<string> = PERSON_ACT_IDS,
): SinceReach {
  const weeks = SINCE_WINDOW_DAYS / 7;
  const perWeek = (acts: readonly ReachEntry[]) =>
    Math.round((acts.filter((act) => personActs.has(act.actId)).length / weeks) * 10) / 10;
  const [peopleFirst, peopleLatest] = [perWeek(first), perWeek(latest)];
  const [giftsFirst, giftsLatest] = [giftsOf(first), giftsOf(latest)];
  return {
    people:
      peopleFirst + peopleLatest === 0
        ? null
        : { first: peopleFirst, latest: peopleLatest, trend: trend(peopleFirst, peopleLatest, SINCE_SAME_ACTS) },
    gifts:
      giftsFirst.totals.length + giftsLatest.totals.length === 0 ? null : { first: giftsFirst, latest: giftsLatest },
  };
}

function giftsOf(acts: readonly ReachEntry[]): WindowGifts {
  const gifts = acts.flatMap((act) => (act.given ? [act.given] : []));
  const causes = new Set(gifts.flatMap((gift) => (gift.causeId === null ? [] : [gift.causeId])));
  return { totals: totalsByCurrency(gifts), causes: causes.size };
}
