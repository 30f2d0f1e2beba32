import { afterEach, describe, expect, it } from 'vitest';
import { pauseEnd } from '@/entrypoints/options/pause';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('pauseEnd', () => {
  it('pauses for an hour from now', () => {
    expect(pauseEnd('hour', Date.UTC(2025, 2, 14, 12, 0))).toBe(Date.UTC(2025, 2, 14, 13, 0));
  });

  it('pauses "for today" until the next local midnight', () => {
    process.env.TZ = 'America/New_York';

    expect(pauseEnd('today', Date.UTC(2025, 2, 14, 16, 30))).toBe(Date.UTC(2025, 2, 15, 4, 0));
  });

  it('ends a 23-hour daylight-saving day at its own midnight', () => {
    process.env.TZ = 'Europe/Berlin';

    expect(pauseEnd('today', Date.UTC(2025, 2, 30, 8, 0))).toBe(Date.UTC(2025, 2, 30, 22, 0));
  });
});
