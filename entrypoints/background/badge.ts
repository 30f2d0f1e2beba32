import type { DetectorState } from '@/utils/domain/detection/state';
import { badgeFor } from '@/utils/domain/nudges/badge';
import type { NudgeSession } from '@/utils/domain/nudges/session';
import type { Settings } from '@/utils/domain/settings/schema';
import { writeBadge } from '@/utils/platform/nudges/badge';
import { readNudgeSession } from '@/utils/platform/storage/nudge-store';

/**
 * Writes the badge that follows from the detector and the nudge session (read from storage when not
 * given), at the end of every mailbox task that may change either. A failure is logged and passed over.
 */
export async function refreshBadge(detector: DetectorState, settings: Settings, session?: NudgeSession): Promise<void> {
  try {
    await writeBadge(badgeFor(detector, session ?? (await readNudgeSession()), settings));
  } catch (error) {
    console.warn('[outward] the badge could not be updated', error);
  }
}
