import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayKeyOfZone,
  daysBetween,
  daysFrom,
  dayStartMs,
  isDayKey,
  weekdayOf,
} from '@/utils/domain/stats/day-key';

const HOUR = 3600_000;

describe('dayKeyOfZone', () => {
  it.each([
    // Berlin springs forward on the last Sunday of March (02:00 -> 03:00): a 23-hour day.
    ['Europe/Berlin', '2024-03-30T22:59:59.999Z', '2024-03-30'],
    ['Europe/Berlin', '2024-03-30T23:00:00.000Z', '2024-03-31'],
    ['Europe/Berlin', '2024-03-31T21:59:59.999Z', '2024-03-31'],
    ['Europe/Berlin', '2024-03-31T22:00:00.000Z', '2024-04-01'],
    // ... and falls back on the last Sunday of October (03:00 -> 02:00): a 25-hour day.
    ['Europe/Berlin', '2024-10-26T21:59:59.999Z', '2024-10-26'],
    ['Europe/Berlin', '2024-10-26T22:00:00.000Z', '2024-10-27'],
    ['Europe/Berlin', '2024-10-27T22:59:59.999Z', '2024-10-27'],
    ['Europe/Berlin', '2024-10-27T23:00:00.000Z', '2024-10-28'],
    // New York: second Sunday of March, first Sunday of November.
    ['America/New_York', '2024-03-10T04:59:59.999Z', '2024-03-09'],
    ['America/New_York', '2024-03-10T05:00:00.000Z', '2024-03-10'],
    ['America/New_York', '2024-03-11T03:59:59.999Z', '2024-03-10'],
    ['America/New_York', '2024-03-11T04:00:00.000Z', '2024-03-11'],
    ['America/New_York', '2024-11-04T04:59:59.999Z', '2024-11-03'],
    ['America/New_York', '2024-11-04T05:00:00.000Z', '2024-11-04'],
    // Month, year and leap-day boundaries; a half-hour zone.
    ['Europe/Berlin', '2024-12-31T22:59:59.999Z', '2024-12-31'],
    ['Europe/Berlin', '2024-12-31T23:00:00.000Z', '2025-01-01'],
    ['UTC', '2024-02-29T23:59:59.999Z', '2024-02-29'],
    ['UTC', '2024-03-01T00:00:00.000Z', '2024-03-01'],
    ['America/New_York', '2024-05-01T03:59:59.999Z', '2024-04-30'],
    ['Asia/Kolkata', '2024-01-31T18:29:59.999Z', '2024-01-31'],
    ['Asia/Kolkata', '2024-01-31T18:30:00.000Z', '2024-02-01'],
  ])('in %s places %s on %s', (zone, instant, day) => {
    const dayKeyOf = dayKeyOfZone(zone);

    expect(dayKeyOf(Date.parse(instant))).toBe(day);
  });

  it('refuses an unknown time zone', () => {
    expect(() => dayKeyOfZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('dayStartMs', () => {
  it.each([
    ['Europe/Berlin', '2024-03-31', '2024-03-30T23:00:00.000Z', 23],
    ['Europe/Berlin', '2024-10-27', '2024-10-26T22:00:00.000Z', 25],
    ['Europe/Berlin', '2024-06-15', '2024-06-14T22:00:00.000Z', 24],
    ['America/New_York', '2024-03-10', '2024-03-10T05:00:00.000Z', 23],
    ['America/New_York', '2024-11-03', '2024-11-03T04:00:00.000Z', 25],
    ['Asia/Kolkata', '2024-02-01', '2024-01-31T18:30:00.000Z', 24],
  ])('in %s starts %s at %s, a %d-hour day', (zone, day, start, hours) => {
    const begins = dayStartMs(day, zone);
    const length = dayStartMs(addDays(day, 1), zone) - begins;

    expect(new Date(begins).toISOString()).toBe(start);
    expect(length).toBe(hours * HOUR);
  });

  it('starts a day whose midnight fell into a DST gap at the first minute that exists', () => {
    // Santiago moved its clocks from 00:00 to 01:00 (UTC-4 to UTC-3) on 2022-09-11.
    const begins = dayStartMs('2022-09-11', 'America/Santiago');

    expect(new Date(begins).toISOString()).toBe('2022-09-11T04:00:00.000Z');
  });

  it('brackets every instant between the start of its day and the start of the next', () => {
    const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC');
    fc.assert(
      fc.property(zones, fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }), (zone, t) => {
        const day = dayKeyOfZone(zone)(t);

        expect(dayStartMs(day, zone)).toBeLessThanOrEqual(t);
        expect(dayStartMs(addDays(day, 1), zone)).toBeGreaterThan(t);
      }),
      { numRuns: 200 },
    );
  });
});

describe('calendar arithmetic on day keys', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-03-30', 1, '2024-03-31'],
    ['2024-10-27', 1, '2024-10-28'],
    ['2024-01-15', -30, '2023-12-16'],
  ])('adds to %s %d days: %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('counts whole days between keys, across DST and leap days', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('names the weekday, Sunday as 0', () => {
    expect([weekdayOf('2024-03-31'), weekdayOf('2024-04-01'), weekdayOf('2024-04-06')]).toEqual([0, 1, 6]);
  });

  it('lists the days of a span, both ends included, or none when it is reversed', () => {
    expect(daysFrom('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(daysFrom('2024-03-01', '2024-02-28')).toEqual([]);
  });

  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-2-1', false],
    ['yesterday', false],
  ])('accepts %s as a day key: %s', (value, valid) => {
    expect(isDayKey(value)).toBe(valid);
  });
});
