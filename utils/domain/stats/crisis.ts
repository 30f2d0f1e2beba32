import type { CheckinRecord } from '../history/records';

/** How many of the latest check-ins must all be at the lowest mood. */
export const CRISIS_CHECKINS = 3;
/** They must all fall within this span before now (ms): seven days. */
export const CRISIS_WINDOW_MS = 7 * 24 * 3600_000;
/** The lowest mood on the 1–5 scale. */
export const LOWEST_MOOD = 1;

/**
 * Whether the popup shows the calm "not a substitute for care" card: only when the last three
 * check-ins were all at the lowest level and all within the last seven days; never otherwise.
 * `latest` is the most recent check-ins in any order (more than three is fine).
 */
export function shouldShowCrisisCard(latest: readonly CheckinRecord[], now: number): boolean {
  const lastThree = [...latest].sort((a, b) => b.at - a.at).slice(0, CRISIS_CHECKINS);
  if (lastThree.length < CRISIS_CHECKINS) return false;
  return lastThree.every((checkin) => checkin.mood === LOWEST_MOOD && now - checkin.at <= CRISIS_WINDOW_MS);
}
