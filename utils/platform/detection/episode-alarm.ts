import { browser } from 'wxt/browser';

/** Name of the alarm that exists only while an episode is open, to close it after inactivity. */
export const EPISODE_ALARM = 'episode-inactivity';
/** How often the alarm fires while an episode is open (minutes). */
export const EPISODE_ALARM_PERIOD_MINUTES = 1;

/** Creates the alarm unless it already exists (re-creating would push its next firing back). */
export async function ensureEpisodeAlarm(): Promise<void> {
  const existing = await browser.alarms.get(EPISODE_ALARM);
  if (!existing) await browser.alarms.create(EPISODE_ALARM, { periodInMinutes: EPISODE_ALARM_PERIOD_MINUTES });
}

/** Removes the alarm, so nothing wakes the worker while no episode is open. */
export async function clearEpisodeAlarm(): Promise<void> {
  await browser.alarms.clear(EPISODE_ALARM);
}
