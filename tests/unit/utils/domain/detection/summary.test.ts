import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ScrollSummarySchema, type ScrollSummary } from '@/utils/domain/detection/summary';

const valid: ScrollSummary = {
  windowStart: 1_718_100_000_000,
  windowEnd: 1_718_100_015_000,
  downPx: 2700,
  viewportPx: 900,
  screens: 3,
  itemChanges: 0,
  purposeful: 1,
  visible: true,
  host: 'www.reddit.com',
};

const accepts = (value: unknown) => v.safeParse(ScrollSummarySchema, value).success;

describe('ScrollSummarySchema', () => {
  it('accepts a well-formed summary', () => {
    expect(accepts(valid)).toBe(true);
  });

  it('accepts an IPv4 host and a bracketed IPv6 host', () => {
    expect(accepts({ ...valid, host: '127.0.0.1' })).toBe(true);
    expect(accepts({ ...valid, host: '[::1]' })).toBe(true);
  });

  it.each([
    ['negative pixels', { downPx: -1 }],
    ['negative screens', { screens: -0.5 }],
    ['negative item changes', { itemChanges: -1 }],
    ['negative start time', { windowStart: -15_000, windowEnd: 0 }],
    ['NaN pixels', { downPx: Number.NaN }],
    ['NaN screens', { screens: Number.NaN }],
    ['infinite screens', { screens: Number.POSITIVE_INFINITY }],
    ['infinite viewport', { viewportPx: Number.POSITIVE_INFINITY }],
    ['huge pixels', { downPx: 1e8 }],
    ['huge item changes', { itemChanges: 1e6 }],
    ['a zero-height viewport', { viewportPx: 0 }],
    ['fractional item changes', { itemChanges: 1.5 }],
    ['fractional times', { windowEnd: 1_718_100_015_000.5 }],
    ['a window ending before it starts', { windowEnd: 1_718_099_999_999 }],
    ['a window longer than five minutes', { windowEnd: 1_718_100_000_000 + 5 * 60_000 + 1 }],
    ['a string number', { downPx: '2700' }],
    ['a non-boolean visible flag', { visible: 1 }],
    ['an upper-case host', { host: 'WWW.REDDIT.COM' }],
    ['a host with a path', { host: 'reddit.com/r/all' }],
    ['an empty host', { host: '' }],
    ['an unknown extra field', { pageText: 'hello' }],
  ])('rejects %s', (_name, change) => {
    expect(accepts({ ...valid, ...change })).toBe(false);
  });

  it.each(Object.keys(valid))('rejects a summary without %s', (key) => {
    const incomplete: Record<string, unknown> = { ...valid };
    delete incomplete[key];

    expect(accepts(incomplete)).toBe(false);
  });

  it('rejects values that are not objects', () => {
    expect(accepts(null)).toBe(false);
    expect(accepts([valid])).toBe(false);
    expect(accepts('summary')).toBe(false);
  });
});
