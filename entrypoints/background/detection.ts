import { closeIfInactive, endEpisode, foldSummary } from '@/utils/domain/detection/detector';
import type { DetectorDecision, FoldResult } from '@/utils/domain/detection/decisions';
import type { DetectorState } from '@/utils/domain/detection/state';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { createSerialQueue } from '@/utils/domain/serial-queue';
import type { Settings } from '@/utils/domain/settings/schema';
import { clearDoomMinutes, showDoomMinutes } from '@/utils/platform/detection/badge';
import { readDetectorState, writeDetectorState } from '@/utils/platform/detection/detector-store';
import { flushHistoryWrites } from '@/utils/platform/db/history-writes';
import { clearEpisodeAlarm, EPISODE_ALARM, ensureEpisodeAlarm } from '@/utils/platform/detection/episode-alarm';
import { finaliseDanglingEpisodes, saveEpisode } from '@/utils/platform/detection/episode-history';
import { readSettings } from '@/utils/platform/storage/settings-store';

/** What the background's detection needs from its surroundings; tests pass their own clock and ids. */
export interface DetectionOptions {
  /** Epoch ms. */
  now?: () => number;
  newId?: () => string;
  /**
   * Called after every fold that decided something or came from a summary, once history, alarm and
   * badge are done, with the summary's tab and host when there is one (the nudge flow hooks in
   * here: a snoozed nudge comes back on the first summary past its time). A failure is logged, never fatal.
   */
  onDecisions?: (
    decisions: DetectorDecision[],
    state: DetectorState,
    settings: Settings,
    source: FoldSource | null,
  ) => Promise<void> | void;
}

/** The tab and page host a summary came from. */
export interface FoldSource {
  tabId: number | null;
  host: string;
}

/**
 * The background side of doom-scroll detection. Holds nothing between events: every call reads the
 * detector state from `storage.session`, folds, saves the state, then acts on the decisions. All
 * calls go through one queue, so summaries from two tabs cannot interleave their read-modify-write.
 */
export function createDetection({
  now = Date.now,
  newId = () => crypto.randomUUID(),
  onDecisions,
}: DetectionOptions = {}) {
  const serial = createSerialQueue();

  async function run(
    step: (state: DetectorState, settings: Settings) => FoldResult<DetectorState>,
    source: FoldSource | null = null,
  ) {
    const [state, { settings }] = await Promise.all([readDetectorState(), readSettings()]);
    const result = step(state, settings);
    if (result.state !== state) await writeDetectorState(result.state);
    await act(result.decisions, result.state, settings);
    if (onDecisions && (result.decisions.length > 0 || source)) {
      await attempt('nudges', async () => onDecisions(result.decisions, result.state, settings, source));
    }
    return result.state;
  }

  return {
    /** Folds one summary from a content script (in tab `tabId`, when known); answers with the open episode, if any. */
    summary: (summary: ScrollSummary, tabId: number | null = null) =>
      serial(async () => {
        const fold = (s: DetectorState, settings: Settings) => foldSummary(s, summary, settings, now(), newId);
        const state = await run(fold, { tabId, host: summary.host });
        return { episodeId: state.episode?.id ?? null, doomMs: state.episode?.doomMs ?? 0 };
      }),
    /** The inactivity alarm fired: close the episode if it has gone quiet, and retry history writes still waiting. */
    alarm: (name: string) =>
      name === EPISODE_ALARM
        ? serial(async () => {
            await run((s) => closeIfInactive(s, now()));
            await attempt('history', async () => void (await flushHistoryWrites()));
          })
        : undefined,
    /** The system went idle or locked: the episode ends there. */
    idle: (state: string) =>
      state === 'idle' || state === 'locked' ? serial(() => run((s) => endEpisode(s, 'idle', now()))) : undefined,
    /** Runs `work` between folds: no summary, alarm or idle change is half-way through while it runs. */
    exclusive: <T>(work: () => Promise<T>) => serial(work),
    /** After a browser or extension restart: close episodes whose state was lost with the session. */
    recover: () =>
      serial(async () => {
        const state = await readDetectorState();
        await finaliseDanglingEpisodes(state.episode?.id ?? null, now());
        if (!state.episode) await attempt('alarm', clearEpisodeAlarm);
      }),
  };
}

/** The detection service created by `createDetection`. */
export type Detection = ReturnType<typeof createDetection>;

async function act(decisions: DetectorDecision[], state: DetectorState, settings: Settings): Promise<void> {
  for (const decision of decisions) {
    if (decision.kind === 'checkpoint') await saveEpisode(decision.episode);
    if (decision.kind === 'episode-ended') {
      await saveEpisode(decision.episode);
      await attempt('badge', clearDoomMinutes);
    }
    if (decision.kind === 'doom-minutes') {
      await attempt('badge', () => (settings.nudges.badge ? showDoomMinutes(decision.minutes) : clearDoomMinutes()));
    }
  }
  // The alarm follows the state rather than the decisions, so a lost alarm is re-created on the next fold.
  await attempt('alarm', state.episode ? ensureEpisodeAlarm : clearEpisodeAlarm);
}

/** Runs a side effect that must never stop detection; a failure is reported once and passed over. */
async function attempt(what: string, effect: () => Promise<void>): Promise<void> {
  try {
    await effect();
  } catch (error) {
    console.warn(`[outward] ${what} could not be updated`, error);
  }
}
