import type { Settings } from '../settings/schema';
import {
  DOOM_ITEMS_PER_MINUTE,
  DOOM_SCREENS_PER_MINUTE,
  MIN_RATE_WINDOW_MS,
  MINUTE_MS,
  PURPOSEFUL_MAX_PER_MINUTE,
  SENSITIVITY_FACTORS,
} from './constants';
import { screensPerMinute, type Pace } from './pace';
import type { ScrollSummary } from './summary';

/**
 * Whether one window looks like doom-scrolling: visible, fast and shallow (enough screens or items
 * a minute for the sensitivity), with few purposeful interactions. Slow reading, typing a reply
 * and watching one long video all fail it. Screens count only when the recent `pace` (this window
 * included) is as fast as the window: one PageDown in a 15 s window is not a fast pace when the
 * presses come every 20 s or more.
 */
export function isDoomLike(
  summary: ScrollSummary,
  sensitivity: Settings['detection']['sensitivity'],
  pace?: Pace,
): boolean {
  if (!summary.visible) return false;
  const minutes = Math.max(summary.windowEnd - summary.windowStart, MIN_RATE_WINDOW_MS) / MINUTE_MS;
  // A tap or key that moves to the next item is how short-video feeds are swiped, not a purposeful act.
  const purposeful = Math.max(0, summary.purposeful - summary.itemChanges);
  if (purposeful / minutes > PURPOSEFUL_MAX_PER_MINUTE) return false;
  const factor = SENSITIVITY_FACTORS[sensitivity];
  const screensThreshold = DOOM_SCREENS_PER_MINUTE * factor;
  const fastScreens =
    summary.screens / minutes >= screensThreshold && (!pace || screensPerMinute(pace) >= screensThreshold);
  return fastScreens || summary.itemChanges / minutes >= DOOM_ITEMS_PER_MINUTE * factor;
}
