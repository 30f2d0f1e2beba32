import * as v from 'valibot';
import { ResolvedActSchema, type ResolvedAct } from '../acts/types';
import { NudgeRecordSchema, type NudgeOutcome, type NudgeRecord } from '../history/records';
import type { NudgeLevel } from './state';

/** How a nudge reached the person: an in-page card, the toolbar popup, or the badge alone (no card could be shown). */
export const NUDGE_CHANNELS = ['card', 'popup', 'badge'] as const;
export type NudgeChannel = (typeof NUDGE_CHANNELS)[number];

/**
 * The nudge waiting for an answer: its history record as shown, the act offered (so *Do it*
 * starts exactly that act), and where it went. Plain JSON for `storage.local`.
 */
export const ActiveNudgeSchema = v.object({
  record: NudgeRecordSchema,
  act: ResolvedActSchema,
  /** The tab that showed the card; null when it went elsewhere. */
  tabId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
  channel: v.picklist(NUDGE_CHANNELS),
});
export type ActiveNudge = v.InferOutput<typeof ActiveNudgeSchema>;

/** The history record of a nudge shown now (epoch ms) in an episode, on a site, offering `act`. */
export function shownNudgeRecord(shown: {
  id: string;
  now: number;
  episodeId: string;
  site: string | null;
  level: NudgeLevel;
  act: Pick<ResolvedAct, 'id'>;
}): NudgeRecord {
  return {
    id: shown.id,
    at: shown.now,
    episodeId: shown.episodeId,
    site: shown.site,
    level: shown.level,
    actId: shown.act.id,
    outcome: 'shown',
    outcomeAt: null,
  };
}

/** The same record once the person answered (or the nudge expired) at `now` (epoch ms). */
export function answeredNudgeRecord(record: NudgeRecord, outcome: NudgeOutcome, now: number): NudgeRecord {
  return { ...record, outcome, outcomeAt: now };
}
