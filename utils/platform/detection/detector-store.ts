import type { DetectorState } from '@/utils/domain/detection/state';
import { items, readItem, writeItem } from '../storage/items';

/** Key of the detector's state in `browser.storage.session` (kept across worker restarts, not browser restarts). */
export const DETECTOR_STATE_KEY = items.detector.key;

/** The detector's state as last saved; the initial state when nothing (or something broken) is stored. */
export function readDetectorState(): Promise<DetectorState> {
  return readItem(items.detector);
}

/** Saves the detector's state; called after every fold. */
export function writeDetectorState(state: DetectorState): Promise<void> {
  return writeItem(items.detector, state);
}
