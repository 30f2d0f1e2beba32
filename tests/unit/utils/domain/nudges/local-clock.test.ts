import { describe, expect, it } from 'vitest';
import { clockMinutes, localClockForZone, localClockFromOffset } from '@/utils/domain/nudges/local-clock';

const berlin = localClockForZone('Europe/Berlin');
// Berlin switches to summer time at 2025-03-30T01:00Z and back at 2025-10-26T01:00Z.
const berlinOffset = (ms: number) => (ms >= Date.UTC(2025, 2, 30, 1) && ms < Date.UTC(2025, 9, 26, 1) ? 120 : 60);

describe('localClockForZone', () => {
  it.each([
    ['2025-03-29T22:30:00Z', '2025-03-29', 23 * 60 + 30],
    ['2025-03-29T23:30:00Z', '2025-03-30', 30],
    ['2025-03-30T00:59:00Z', '2025-03-30', 60 + 59],
    ['2025-03-30T01:00:00Z', '2025-03-30', 3 * 60],
    ['2025-10-26T00:30:00Z', '2025-10-26', 2 * 60 + 30],
    ['2025-10-26T01:30:00Z', '2025-10-26', 2 * 60 + 30],
    ['2025-10-26T22:59:00Z', '2025-10-26', 23 * 60 + 59],
    ['2025-10-26T23:00:00Z', '2025-10-27', 0],
  ])('reads %s as local day %s, minute %d', (iso, day, minute) => {
    const ms = Date.parse(iso);

    expect(berlin.dayKey(ms)).toBe(day);
    expect(berlin.minuteOfDay(ms)).toBe(minute);
  });

  it('refuses an unknown zone', () => {
    expect(() => localClockForZone('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('localClockFromOffset', () => {
  it('agrees with the zone clock on both sides of both DST changes', () => {
    const clock = localClockFromOffset(berlinOffset);
    const instants = [
      '2025-03-29T22:30:00Z',
      '2025-03-30T00:59:00Z',
      '2025-03-30T01:00:00Z',
      '2025-06-01T21:45:00Z',
      '2025-10-26T00:59:00Z',
      '2025-10-26T01:00:00Z',
      '2025-10-26T23:00:00Z',
    ].map(Date.parse);

    for (const ms of instants) {
      expect([clock.dayKey(ms), clock.minuteOfDay(ms)]).toEqual([berlin.dayKey(ms), berlin.minuteOfDay(ms)]);
    }
  });
});

describe('clockMinutes', () => {
  it.each([
    ['00:00', 0],
    ['07:30', 450],
    ['23:59', 1439],
  ])('turns %s into %d', (hhmm, minutes) => {
    expect(clockMinutes(hhmm)).toBe(minutes);
  });
});
