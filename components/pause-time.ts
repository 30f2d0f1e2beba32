import type { PauseLength } from '@/components/options/pause-control';
import { addDays, dayKeyOfZone, dayStartMs } from '@/utils/domain/stats/day-key';

const HOUR_MS = 3_600_000;

/**
 * When a pause chosen at `now` ends (epoch ms): an hour later, or the start of the next local day in
 * `timeZone` (by the calendar, so a 23- or 25-hour daylight-saving day still ends at its midnight).
 */
export function pauseEnd(length: PauseLength, now: number, timeZone: string): number {
  if (length === 'hour') return now + HOUR_MS;
  return dayStartMs(addDays(dayKeyOfZone(timeZone)(now), 1), timeZone);
}

/** Words an instant for "paused until …" in the page's language: weekday and time. */
export function formatPauseTime(epochMs: number, locale: string = document.documentElement.lang || 'en'): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(epochMs);
}
