import { dayKeyOfZone, type DayKey } from '@/utils/domain/stats/day-key';

/** Dates, times and numbers as the journal shows them, in one locale and time zone. */
export interface JournalFormats {
  /** Local day an instant falls on. */
  dayOf(epochMs: number): DayKey;
  /** Clock time of an instant ("14:05", "2:05 PM"). */
  time(epochMs: number): string;
  /** A day in full, for headings ("Tuesday 3 March 2026"). */
  longDay(day: DayKey): string;
  /** A day in short, for chart axes and tables ("3 Mar"). */
  shortDay(day: DayKey): string;
  /** Month and year of a day ("March 2026"). */
  month(day: DayKey): string;
  /** A whole or decimal number with the locale's grouping ("1,234", "2.5"). */
  number(value: number): string;
  /** A change with its sign, one decimal at most ("+0.6", "−0.3", "0"). */
  change(value: number): string;
  /** Short month and year of a day, for monthly bars ("Mar 2026"). */
  shortMonth(day: DayKey): string;
  /** The plural category of a count in the locale, to pick between separate messages. */
  plural(count: number): Intl.LDMLPluralRule;
}

/** Day keys are calendar days: format them at UTC noon in UTC so no zone can shift them. */
const calendarNoon = (day: DayKey) => Date.parse(`${day}T12:00:00Z`);

/**
 * The journal's formats for a locale (undefined: the browser's) and IANA time zone. Formatters
 * are built once here: constructing an `Intl.DateTimeFormat` costs far more than using one.
 */
export function createJournalFormats(locale: string | undefined, timeZone: string): JournalFormats {
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
  const calendar = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const longDay = calendar({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const shortDay = calendar({ day: 'numeric', month: 'short' });
  const month = calendar({ month: 'long', year: 'numeric' });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const change = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const shortMonth = calendar({ month: 'short', year: 'numeric' });
  const plural = new Intl.PluralRules(locale);
  return {
    dayOf: dayKeyOfZone(timeZone),
    time: (epochMs) => time.format(epochMs),
    longDay: (day) => longDay.format(calendarNoon(day)),
    shortDay: (day) => shortDay.format(calendarNoon(day)),
    month: (day) => month.format(calendarNoon(day)),
    number: (value) => number.format(value),
    change: (value) => change.format(value),
    shortMonth: (day) => shortMonth.format(calendarNoon(day)),
    plural: (count) => plural.select(count),
  };
}
