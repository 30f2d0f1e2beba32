import type { ActRecord, CheckinRecord } from '../history/records';

/** A "before" check-in pairs with an act that starts at most this long after it (ms): 30 minutes. */
export const MOOD_PAIR_WINDOW_MS = 30 * 60_000;
/**
 * Below this many pairs the journal says "not enough check-ins yet" instead of a figure: with
 * fewer, one unusual day would decide the median.
 */
export const MIN_MOOD_PAIRS = 5;

/** The person's mood just before and just after one kind act. */
export interface MoodPair {
  actRecordId: string;
  /** When the act was done, epoch ms. */
  actAt: number;
  before: number;
  after: number;
}

/** The change in mood around kind acts, or an honest "not enough check-ins yet". */
export type MoodChange =
  | { enough: false; pairs: number; needed: number }
  | {
      enough: true;
      pairs: number;
      averageBefore: number;
      averageAfter: number;
      averageChange: number;
      /** The middle change over the pairs (the mean of the two middle ones for an even count). */
      medianChange: number;
      /** Pairs whose mood after was higher, the same, or lower than before. */
      rose: number;
      same: number;
      fell: number;
    };

/** The middle value of a list (the mean of the two middle ones for an even length). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const latestFirst = (a: CheckinRecord, b: CheckinRecord) => b.at - a.at;

/**
 * Pairs moods around acts. The "after" check-in is the latest one tied to the act by
 * `actRecordId`. The "before" check-in is one tied to the act the same way, or else the latest
 * untied "before" check-in from 30 minutes before the act started until it was done; each is
 * used once, acts taken oldest first. Acts without both halves make no pair.
 */
export function pairMoods(acts: readonly ActRecord[], checkins: readonly CheckinRecord[]): MoodPair[] {
  const tiedAfter = new Map<string, CheckinRecord>();
  const tiedBefore = new Map<string, CheckinRecord>();
  const untiedBefore: CheckinRecord[] = [];
  for (const checkin of [...checkins].sort(latestFirst)) {
    if (checkin.context === 'standalone') continue;
    if (checkin.actRecordId === null) {
      if (checkin.context === 'before') untiedBefore.push(checkin);
      continue;
    }
    const tied = checkin.context === 'after' ? tiedAfter : tiedBefore;
    if (!tied.has(checkin.actRecordId)) tied.set(checkin.actRecordId, checkin);
  }
  untiedBefore.reverse();
  const used = new Set<string>();
  const pairs: MoodPair[] = [];
  for (const act of [...acts].sort((a, b) => a.at - b.at)) {
    const after = tiedAfter.get(act.id);
    if (!after) continue;
    const opensAt = (act.startedAt ?? act.at) - MOOD_PAIR_WINDOW_MS;
    const before = tiedBefore.get(act.id) ?? latestUnused(untiedBefore, used, opensAt, act.at);
    if (!before) continue;
    used.add(before.id);
    pairs.push({ actRecordId: act.id, actAt: act.at, before: before.mood, after: after.mood });
  }
  return pairs;
}

/** The latest check-in of `oldestFirst` within [from, to] not in `used`, found by bisection. */
function latestUnused(
  oldestFirst: readonly CheckinRecord[],
  used: ReadonlySet<string>,
  from: number,
  to: number,
): CheckinRecord | undefined {
  let low = 0;
  let high = oldestFirst.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (oldestFirst[middle]!.at <= to) low = middle + 1;
    else high = middle;
  }
  for (let i = low - 1; i >= 0 && oldestFirst[i]!.at >= from; i -= 1) {
    if (!used.has(oldestFirst[i]!.id)) return oldestFirst[i];
  }
  return undefined;
}

/**
 * The averages, the median change and how many pairs rose, stayed or fell, once there are at
 * least `minimum` pairs.
 */
export function moodChange(pairs: readonly MoodPair[], minimum: number = MIN_MOOD_PAIRS): MoodChange {
  if (pairs.length === 0 || pairs.length < minimum) return { enough: false, pairs: pairs.length, needed: minimum };
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const averageBefore = mean(pairs.map((p) => p.before));
  const averageAfter = mean(pairs.map((p) => p.after));
  const changes = pairs.map((p) => p.after - p.before);
  return {
    enough: true,
    pairs: pairs.length,
    averageBefore,
    averageAfter,
    averageChange: averageAfter - averageBefore,
    medianChange: median(changes),
    rose: changes.filter((c) => c > 0).length,
    same: changes.filter((c) => c === 0).length,
    fell: changes.filter((c) => c < 0).length,
  };
}
