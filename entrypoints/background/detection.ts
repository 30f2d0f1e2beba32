import { closeIfInactive, endEpisode, foldSummary } from '@/utils/domain/detection/detector';
import type { DetectorDecision, FoldResult } from '@/utils/domain/detection/decisions';
import { withNudgeLevel, type DetectorState } from '@/utils/domain/detection/state';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import type { Settings } from '@/utils/domain/settings/schema';
import { readDetectorState, writeDetectorState } from '@/utils/platform/detection/detector-store';
import { flushHistoryWrites } from '@/utils/platform/db/history-writes';
import { clearEpisodeAlarm, EPISODE_ALARM, ensureEpisodeAlarm } from '@/utils/platform/detection/episode-alarm';
import { finaliseDanglingEpisodes, saveEpisode } from '@/utils/platform/detection/episode-history';
import { readSettings } from '@/utils/platform/storage/settings-store';
import { refreshBadge } from './badge';
import { createMailbox, type Mailbox } from './mailbox';
import type { EpisodeNudged } from './nudges';

/** What the background's detection needs from its surroundings; tests pass their own clock and ids. */
export interface DetectionOptions {
  /** Epoch ms. */
  now?: () => number;
  newId?: () => string;
  /** The background's mailbox; every call below is one task in it. */
  mailbox?: Mailbox;
  /**
   * Called inside the fold's task after every fold that decided something or came from a summary,
   * once history and alarm are done, with the summary's tab and host when there is one (the nudge
   * step hooks in here). Resolves to the nudge levels shown, noted on the episode. A failure is logged, never fatal.
   */
  onDecisions?: (
    decisions: DetectorDecision[],
    state: DetectorState,
    settings: Settings,
    source: FoldSource | null,
  ) => Promise<EpisodeNudged[] | void> | EpisodeNudged[] | void;
}

/** The tab and page host a summary came from. */
export interface FoldSource {
  tabId: number | null;
  host: string;
}

/**
 * The background side of doom-scroll detection. Holds nothing between events: every call reads the
 * detector state from `storage.session`, folds, writes the episode's record, saves the state, then
 * acts on the decisions, as one task in the mailbox.
 */
export function createDetection({
  now = Date.now,
  newId = () => crypto.randomUUID(),
  mailbox = createMailbox(),
  onDecisions,
}: DetectionOptions = {}) {
  async function run(
    step: (state: DetectorState, settings: Settings) => FoldResult<DetectorState>,
    source: FoldSource | null = null,
  ) {
    const [state, { settings }] = await Promise.all([readDetectorState(), readSettings()]);
    const { state: folded, decisions } = step(state, settings);
    // The record before the state that says it was written: a worker stopped in between folds the
    // same step again from the old state, and writes the same record (by id) once more.
    await saveEpisodes(decisions);
    if (folded !== state) await writeDetectorState(folded);
    // The alarm follows the state rather than the decisions, so a lost alarm is re-created on the next fold.
    await attempt('alarm', folded.episode ? ensureEpisodeAlarm : clearEpisodeAlarm);
    let next = folded;
    if (onDecisions && (decisions.length > 0 || source)) {
      let nudged: EpisodeNudged[] = [];
      await attempt(
        'nudges',
        async () => void (nudged = (await onDecisions(decisions, folded, settings, source)) ?? []),
      );
      next = nudged.reduce((s, { episodeId, level }) => withNudgeLevel(s, episodeId, level), folded);
      if (next !== folded) await writeDetectorState(next);
    }
    await refreshBadge(next, settings);
    return next;
  }

  return {
    /** Folds one summary from a content script (in tab `tabId`, when known); answers with the open episode, if any. */
    summary: (summary: ScrollSummary, tabId: number | null = null) =>
      mailbox(async () => {
        const fold = (s: DetectorState, settings: Settings) => foldSummary(s, summary, settings, now(), newId);
        const state = await run(fold, { tabId, host: summary.host });
        return { episodeId: state.episode?.id ?? null, doomMs: state.episode?.doomMs ?? 0 };
      }),
    /** The inactivity alarm fired: close the episode if it has gone quiet, and retry history writes still waiting. */
    alarm: (name: string) =>
      name === EPISODE_ALARM
        ? mailbox(async () => {
            await run((s) => closeIfInactive(s, now()));
            await attempt('history', async () => void (await flushHistoryWrites()));
          })
        : undefined,
    /** The system went idle or locked: the episode ends there. */
    idle: (state: string) =>
      state === 'idle' || state === 'locked' ? mailbox(() => run((s) => endEpisode(s, 'idle', now()))) : undefined,
    /** After a browser or extension restart: close episodes whose state was lost with the session. */
    recover: () =>
      mailbox(async () => {
        const state = await readDetectorState();
        await finaliseDanglingEpisodes(state.episode?.id ?? null, now());
        if (!state.episode) await attempt('alarm', clearEpisodeAlarm);
      }),
  };
}

/** The detection service created by `createDetection`. */
export type Detection = ReturnType<typeof createDetection>;

/** Checkpoints and final records of the fold's episodes; each is stored or waits in the outbox. */
async function saveEpisodes(decisions: DetectorDecision[]): Promise<void> {
  for (const decision of decisions) {
    if (decision.kind === 'checkpoint' || decision.kind === 'episode-ended') await saveEpisode(decision.episode);
  }
}

/** Runs a side effect that must never stop detection; a failure is reported once and passed over. */
async function attempt(what: string, effect: () => Promise<void>): Promise<void> {
  try {
    await effect();
  } catch (error) {
    console.warn(`[outward] ${what} could not be updated`, error);
  }
}
