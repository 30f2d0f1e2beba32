import { browser } from 'wxt/browser';
import { parseDetectorState, type DetectorState } from '@/utils/domain/detection/state';

/** Key of the detector's state in `browser.storage.session` (kept across worker restarts, not browser restarts). */
export const DETECTOR_STATE_KEY = 'detector';

/** The detector's state as last saved; the initial state when nothing (or something broken) is stored. */
export async function readDetectorState(): Promise<DetectorState> {
  const stored = await browser.storage.session.get(DETECTOR_STATE_KEY);
  return parseDetectorState(stored[DETECTOR_STATE_KEY]);
}

/** Saves the detector's state; called after every fold. */
export async function writeDetectorState(state: DetectorState): Promise<void> {
  await browser.storage.session.set({ [DETECTOR_STATE_KEY]: state });
}
