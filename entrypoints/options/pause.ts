import type { PauseLength } from '@/components/options/pause-control';

const HOUR_MS = 3_600_000;

/** When a pause chosen at `now` ends (epoch ms): an hour later, or the next local midnight. */
export function pauseEnd(length: PauseLength, now: number): number {
  if (length === 'hour') return now + HOUR_MS;
  const midnight = new Date(now);
  // setHours moves along the local calendar, so a 23- or 25-hour DST day still ends at midnight.
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}

/** Words an instant for "paused until …" in the page's language: weekday and time. */
export function formatPauseTime(epochMs: number, locale: string = document.documentElement.lang || 'en'): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(epochMs);
}
