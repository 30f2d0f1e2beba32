import { MINUTE_MS } from '../detection/constants';
import type { DetectorState } from '../detection/state';
import type { Settings } from '../settings/schema';
import type { NudgeSession } from './session';

/** What the toolbar badge shows: a nudge waiting, the open episode's doom minutes, or nothing. */
export type Badge = { kind: 'nudge' } | { kind: 'minutes'; minutes: number } | { kind: 'none' };

/**
 * The badge that follows from the state: a waiting nudge marks it (ladder level 1 is badge + card,
 * whatever the minutes setting says); otherwise the open episode's whole doom minutes when the
 * person wants them counted; otherwise nothing.
 */
export function badgeFor(
  detector: DetectorState,
  session: Pick<NudgeSession, 'active'>,
  settings: Pick<Settings, 'nudges'>,
): Badge {
  if (session.active) return { kind: 'nudge' };
  const minutes = detector.episode ? Math.floor(detector.episode.doomMs / MINUTE_MS) : 0;
  return settings.nudges.badge && minutes > 0 ? { kind: 'minutes', minutes } : { kind: 'none' };
}
