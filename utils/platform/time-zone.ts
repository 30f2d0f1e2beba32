import { dayKeyOfZone, type DayKeyOf } from '../domain/stats/day-key';
import { weekStartForLocale, type Weekday } from '../domain/stats/week';

/** The IANA time zone this browser runs in (`Europe/Berlin`), UTC when the engine cannot say. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Local days in this browser's current time zone. */
export function localDayKeyOf(): DayKeyOf {
  return dayKeyOfZone(localTimeZone());
}

/** The first day of the week by the browser's locale. */
export function localWeekStart(): Weekday {
  return weekStartForLocale(Intl.DateTimeFormat().resolvedOptions().locale);
}
