/** A local calendar day, `YYYY-MM-DD`. Day keys sort as strings in calendar order. */
export type DayKey = string;

/** Maps an instant (epoch ms) to the local day it falls on, in some time zone. */
export type DayKeyOf = (epochMs: number) => DayKey;

const DAY_MS = 86_400_000;
const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Throws a RangeError for an unknown zone, which is what callers should see.
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The day-key function of an IANA time zone (`Europe/Berlin`). Intl applies the zone's rules, so
 * days of 23 or 25 hours around DST changes come out right; no millisecond arithmetic is involved.
 */
export function dayKeyOfZone(timeZone: string): DayKeyOf {
  const formatter = formatterFor(timeZone);
  return (epochMs) => {
    let year = '';
    let month = '';
    let day = '';
    for (const part of formatter.formatToParts(epochMs)) {
      if (part.type === 'year') year = part.value.padStart(4, '0');
      else if (part.type === 'month') month = part.value;
      else if (part.type === 'day') day = part.value;
    }
    return `${year}-${month}-${day}`;
  };
}

/** Whether a string is a real calendar day in `YYYY-MM-DD` form. */
export function isDayKey(value: string): boolean {
  const match = DAY_KEY.exec(value);
  if (!match) return false;
  return toDayKey(calendarMs(value)) === value;
}

/** Calendar arithmetic: the day `days` after (or before, when negative) `day`. */
export function addDays(day: DayKey, days: number): DayKey {
  return toDayKey(calendarMs(day) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((calendarMs(to) - calendarMs(from)) / DAY_MS);
}

/** Day of the week, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: DayKey): number {
  return new Date(calendarMs(day)).getUTCDay();
}

/** The days from `from` to `to`, both included, oldest first; empty when `to` is before `from`. */
export function daysFrom(from: DayKey, to: DayKey): DayKey[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/**
 * The first instant (epoch ms) of a local day in a time zone: midnight, or the first minute after
 * a DST gap that swallowed midnight. Found by bisection on `dayKeyOfZone`, so it obeys the same rules.
 */
export function dayStartMs(day: DayKey, timeZone: string): number {
  const keyOf = dayKeyOfZone(timeZone);
  const noonUtc = calendarMs(day) + DAY_MS / 2;
  // Every zone's offset lies within ±14 h, so local midnight is within a day of UTC noon.
  let low = noonUtc - 1.5 * DAY_MS;
  let high = noonUtc + DAY_MS / 2;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (keyOf(middle) < day) low = middle;
    else high = middle;
  }
  return high;
}

/** Milliseconds of the calendar day at UTC midnight: calendar arithmetic only, never a local instant. */
function calendarMs(day: DayKey): number {
  const match = DAY_KEY.exec(day);
  if (!match) throw new RangeError(`not a day key: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function toDayKey(ms: number): DayKey {
  return new Date(ms).toISOString().slice(0, 10);
}
