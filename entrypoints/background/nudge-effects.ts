import { MINUTE_MS } from '@/utils/domain/detection/constants';
import type { DetectorState } from '@/utils/domain/detection/state';
import type { NudgeRecord } from '@/utils/domain/history/records';
import type { ActiveNudge, NudgeChannel } from '@/utils/domain/nudges/active-nudge';
import type { NudgeLevel } from '@/utils/domain/nudges/state';
import type { Settings } from '@/utils/domain/settings/schema';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import { writeHistory } from '@/utils/platform/db/history-writes';
import { clearDoomMinutes, showDoomMinutes } from '@/utils/platform/detection/badge';
import { readDetectorState, writeDetectorState } from '@/utils/platform/detection/detector-store';
import { openToolbarPopup, sendToTab } from '@/utils/platform/nudges/deliver';
import { writeOfferedAct } from '@/utils/platform/storage/act-store';
import { writeActiveNudge } from '@/utils/platform/storage/nudge-store';

/** Writes a nudge record with its roll-up; when history cannot take it, it waits in the outbox and nudges go on. */
export async function saveNudgeRecord(record: NudgeRecord, dayKeyOf: DayKeyOf): Promise<void> {
  await writeHistory({ store: 'nudges', record }, dayKeyOf);
}

/** The popup for the larger card (level 2) when the person asked for it and the browser can open it; else the card; else the badge alone. */
export async function deliverNudge(active: ActiveNudge, settings: Settings): Promise<NudgeChannel> {
  const { record, act, tabId } = active;
  if (record.level === 2 && settings.nudges.offerInPopup) {
    await writeOfferedAct(act);
    // Stored as the popup's before it opens: the popup reads it at once to know which nudge it answers.
    await writeActiveNudge({ ...active, channel: 'popup' });
    if (await openToolbarPopup()) return 'popup';
    await writeActiveNudge(active);
  }
  const show = { type: 'nudge/show' as const, data: { nudgeId: record.id, level: record.level, act } };
  return tabId !== null && (await sendToTab(tabId, show)) ? 'card' : 'badge';
}

/** Notes the level on the open episode, so its history record says how far the ladder went. Runs inside the detection queue. */
export async function markEpisodeNudged(episodeId: string, level: NudgeLevel): Promise<void> {
  const detector = await readDetectorState();
  const episode = detector.episode;
  if (episode?.id !== episodeId || episode.nudgeLevel >= level) return;
  await writeDetectorState({ ...detector, episode: { ...episode, nudgeLevel: level } });
}

/** After an answer the badge goes back to counting minutes (or off, as the settings say). */
export async function restoreBadge(detector: DetectorState, settings: Settings): Promise<void> {
  const minutes = detector.episode ? Math.floor(detector.episode.doomMs / MINUTE_MS) : 0;
  await (settings.nudges.badge && minutes > 0 ? showDoomMinutes(minutes) : clearDoomMinutes());
}

/** Runs a side effect that must never stop the flow; a failure is reported once and passed over. */
export async function attempt(what: string, effect: () => Promise<void>): Promise<void> {
  try {
    await effect();
  } catch (error) {
    console.warn(`[outward] nudge ${what} could not be updated`, error);
  }
}
