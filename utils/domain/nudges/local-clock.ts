/**
 * The person's wall clock, passed into the nudge policy so it never reads the system time zone
 * itself: which local day an instant falls on (for the daily cap) and its minute of the day (for
 * quiet hours). Both come from calendar fields, never from adding 24 h, so DST days of 23 or 25
 * hours count as one day each.
 */
export interface LocalClock {
  /** Local calendar day of an instant (epoch ms), `YYYY-MM-DD`. */
  dayKey(epochMs: number): string;
  /** Minutes since local midnight of an instant, 0–1439. */
  minuteOfDay(epochMs: number): number;
}

/** The clock of an IANA time zone (`Europe/Berlin`); Intl applies the zone's DST rules. Throws for an unknown zone. */
export function localClockForZone(timeZone: string): LocalClock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const fields = (epochMs: number) => {
    const out: Record<string, string> = {};
    for (const part of format.formatToParts(epochMs)) out[part.type] = part.value;
    return out;
  };
  return {
    dayKey(epochMs) {
      const { year = '', month = '', day = '' } = fields(epochMs);
      return `${year.padStart(4, '0')}-${month}-${day}`;
    },
    minuteOfDay(epochMs) {
      const { hour = '0', minute = '0' } = fields(epochMs);
      return (Number(hour) % 24) * 60 + Number(minute);
    },
  };
}

/**
 * A clock from a UTC-offset function: `offsetMinutesAt(ms)` is minutes *ahead* of UTC at that
 * instant (so `-new Date(ms).getTimezoneOffset()` in a browser), which keeps it right across DST.
 */
export function localClockFromOffset(offsetMinutesAt: (epochMs: number) => number): LocalClock {
  const shifted = (epochMs: number) => new Date(epochMs + offsetMinutesAt(epochMs) * 60_000);
  return {
    dayKey(epochMs) {
      return shifted(epochMs).toISOString().slice(0, 10);
    },
    minuteOfDay(epochMs) {
      const local = shifted(epochMs);
      return local.getUTCHours() * 60 + local.getUTCMinutes();
    },
  };
}

/** Parses a `HH:MM` setting into minutes since midnight. */
export function clockMinutes(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}
