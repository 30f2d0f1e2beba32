import { SUMMARY_EVERY_MS } from '@/utils/domain/detection/constants';
import { foldSummary } from '@/utils/domain/detection/detector';
import { INITIAL_DETECTOR_STATE, type DetectorState } from '@/utils/domain/detection/state';
import type { Settings } from '@/utils/domain/settings/schema';

/**
 * The detector's state after `ms` of fast feed scrolling on `host` that ended at `now`, folded by
 * Outward's own detector from one summary per 15 s window, as the sampler would have sent them. For
 * browsers whose content-script world a test cannot reach to send the summaries themselves (the
 * Chromium suite does that: `reportPastScrolling`); the state's shape is the product's, not the test's.
 */
export function detectorStateAfterScrolling(
  settings: Pick<Settings, 'watchedSites' | 'detection'>,
  host: string,
  ms: number,
  now: number,
): DetectorState {
  let state: DetectorState = { ...INITIAL_DETECTOR_STATE };
  let id = 0;
  for (let start = now - ms; start < now; start += SUMMARY_EVERY_MS) {
    const windowEnd = Math.min(start + SUMMARY_EVERY_MS, now);
    const screens = ((windowEnd - start) / 60_000) * 24;
    const summary = { windowStart: start, windowEnd, downPx: Math.round(screens * 720), viewportPx: 720 };
    state = foldSummary(
      state,
      { ...summary, screens, itemChanges: 0, purposeful: 0, visible: true, host },
      settings,
      windowEnd,
      () => `seeded-${++id}`,
    ).state;
  }
  return state;
}
