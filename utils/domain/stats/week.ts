import { addDays, weekdayOf, type DayKey } from './day-key';

/** Day of the week, 0 for Sunday to 6 for Saturday (as `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The week start used when the locale does not say: Monday, as in ISO 8601. */
export const DEFAULT_WEEK_START: Weekday = 1;

interface WeekInfo {
  /** 1 for Monday to 7 for Sunday. */
  firstDay: number;
}
type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/**
 * The first day of the week by a locale's convention (`en-US`: Sunday, `de-DE`: Monday), from
 * Intl's week data. Engines expose it as `getWeekInfo()` or the older `weekInfo`; Monday otherwise.
 */
export function weekStartForLocale(locale: string): Weekday {
  try {
    const intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    const firstDay = info?.firstDay;
    if (typeof firstDay === 'number' && firstDay >= 1 && firstDay <= 7) return (firstDay % 7) as Weekday;
  } catch {
    // A malformed locale tag: fall through to the default.
  }
  return DEFAULT_WEEK_START;
}

/** The first day of the week that contains `day`. */
export function startOfWeek(day: DayKey, weekStartsOn: Weekday): DayKey {
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}
