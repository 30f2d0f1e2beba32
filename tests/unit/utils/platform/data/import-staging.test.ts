import { describe, expect, it } from 'vitest';
import { createImportStaging, ImportInterrupted, STAGING_IDLE_MS } from '@/utils/platform/data/import-staging';

describe('createImportStaging', () => {
  it('joins the chunks of an upload in order and forgets them once taken', () => {
    const staging = createImportStaging();

    expect(staging.append('a', 0, 'hel')).toBe(3);
    expect(staging.append('a', 1, 'lo')).toBe(5);
    expect(staging.take('a')).toBe('hello');
    expect(staging.take('a')).toBeUndefined();
  });

  it('refuses a chunk out of order and drops the upload', () => {
    const staging = createImportStaging();
    staging.append('a', 0, 'x');

    expect(() => staging.append('a', 2, 'z')).toThrow(ImportInterrupted);
    expect(staging.take('a')).toBeUndefined();
  });

  it('refuses a continuation of an upload it never saw (the worker restarted)', () => {
    expect(() => createImportStaging().append('a', 3, 'x')).toThrow(ImportInterrupted);
  });

  it('keeps one upload at a time: a new one replaces the old', () => {
    const staging = createImportStaging();
    staging.append('old', 0, 'x');

    staging.append('new', 0, 'y');

    expect(staging.take('old')).toBeUndefined();
    expect(staging.take('new')).toBe('y');
  });

  it('drops an upload that went quiet', () => {
    let now = 0;
    const staging = createImportStaging(() => now);
    staging.append('a', 0, 'x');

    now = STAGING_IDLE_MS + 1;

    expect(staging.take('a')).toBeUndefined();
  });

  it('refuses an upload larger than the limit', () => {
    const staging = createImportStaging(() => 0, 5);
    staging.append('a', 0, 'abc');

    expect(() => staging.append('a', 1, 'def')).toThrow(ImportInterrupted);
    expect(staging.take('a')).toBeUndefined();
  });
});
