import { describe, expect, it } from 'vitest';
import { pauseEnd } from '@/components/pause-time';

describe('pauseEnd', () => {
  it('pauses for an hour from now', () => {
    expect(pauseEnd('hour', Date.UTC(2025, 2, 14, 12, 0), 'UTC')).toBe(Date.UTC(2025, 2, 14, 13, 0));
  });

  it('pauses "for today" until the next local midnight', () => {
    expect(pauseEnd('today', Date.UTC(2025, 2, 14, 16, 30), 'America/New_York')).toBe(Date.UTC(2025, 2, 15, 4, 0));
  });

  it('ends a 23-hour daylight-saving day at its own midnight', () => {
    expect(pauseEnd('today', Date.UTC(2025, 2, 30, 8, 0), 'Europe/Berlin')).toBe(Date.UTC(2025, 2, 30, 22, 0));
  });

  it('ends a 25-hour daylight-saving day at its own midnight', () => {
    expect(pauseEnd('today', Date.UTC(2025, 10, 2, 5, 30), 'America/New_York')).toBe(Date.UTC(2025, 10, 3, 5, 0));
  });

  it('ends "today" at the next midnight when chosen a minute before it', () => {
    expect(pauseEnd('today', Date.UTC(2026, 11, 31, 10, 59), 'Pacific/Auckland')).toBe(Date.UTC(2026, 11, 31, 11, 0));
  });
});
