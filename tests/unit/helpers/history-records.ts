import type { ActRecord, CheckinRecord, EpisodeRecord, NudgeRecord } from '@/utils/domain/history/records';
import { emptyRollup, type DailyRollup } from '@/utils/domain/stats/rollup';

/** Epoch ms of an ISO instant, so tests read in wall-clock terms. */
export const ms = (iso: string): number => Date.parse(iso);

/** A closed episode starting at `startedAt`; anything can be overridden. */
export function anEpisode(id: string, startedAt: number, overrides: Partial<EpisodeRecord> = {}): EpisodeRecord {
  return {
    id,
    startedAt,
    lastActivityAt: startedAt + 20 * 60_000,
    endedAt: startedAt + 20 * 60_000,
    endReason: 'inactive',
    doomMs: 15 * 60_000,
    activeMs: 20 * 60_000,
    sites: ['reddit.com'],
    nudgeLevel: 0,
    ...overrides,
  };
}

/** A nudge shown at `at`, still without an outcome unless overridden. */
export function aNudge(id: string, at: number, overrides: Partial<NudgeRecord> = {}): NudgeRecord {
  return {
    id,
    at,
    episodeId: null,
    site: 'reddit.com',
    level: 1,
    actId: 'old-friend',
    outcome: 'shown',
    outcomeAt: null,
    ...overrides,
  };
}

/** A kind act done at `at`. */
export function anAct(id: string, at: number, overrides: Partial<ActRecord> = {}): ActRecord {
  return {
    id,
    at,
    startedAt: null,
    actId: 'old-friend',
    title: 'Message an old friend',
    category: 'connect',
    note: '',
    nudgeId: null,
    ...overrides,
  };
}

/** A standalone check-in at `at` with `mood`. */
export function aCheckin(id: string, at: number, mood: number, overrides: Partial<CheckinRecord> = {}): CheckinRecord {
  return { id, at, mood, context: 'standalone', note: '', actRecordId: null, ...overrides };
}

/** A roll-up of `day` with the given counts, zeros elsewhere. */
export function aRollup(day: string, counts: Partial<Omit<DailyRollup, 'day'>> = {}): DailyRollup {
  return { ...emptyRollup(day), ...counts };
}
