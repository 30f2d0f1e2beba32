import { describe, expect, it } from 'vitest';
import { missingSitePatterns, patternCovers, patternsToRevoke, siteAccess } from '@/utils/domain/settings/site-access';

describe('patternCovers', () => {
  it.each([
    ['https://reddit.com/*', 'https://reddit.com/*', true],
    ['<all_urls>', 'http://reddit.com/*', true],
    ['https://*/*', 'https://*.reddit.com/*', true],
    ['*://*/*', 'http://reddit.com/*', true],
    ['*://*.reddit.com/*', 'https://old.reddit.com/*', true],
    ['https://*.reddit.com/*', 'https://reddit.com/*', true],
    ['https://*.reddit.com/*', 'https://*.old.reddit.com/*', true],
    ['https://reddit.com/*', 'http://reddit.com/*', false],
    ['https://reddit.com/*', 'https://*.reddit.com/*', false],
    ['https://*.reddit.com/*', 'https://notreddit.com/*', false],
    ['https://reddit.com/r/*', 'https://reddit.com/*', false],
    ['http://127.0.0.1/*', 'https://127.0.0.1/*', false],
  ])('%s covers %s: %s', (granted, wanted, covers) => {
    expect(patternCovers(granted, wanted)).toBe(covers);
  });
});

describe('siteAccess', () => {
  it('is granted when every pattern of the site is covered', () => {
    expect(siteAccess('reddit.com', ['https://*.reddit.com/*', 'http://*.reddit.com/*'])).toBe('granted');
  });

  it('is partial when only some are, as with a required http-only address', () => {
    expect(siteAccess('127.0.0.1', ['http://127.0.0.1/*'])).toBe('partial');
    expect(missingSitePatterns('127.0.0.1', ['http://127.0.0.1/*'])).toEqual(['https://127.0.0.1/*']);
  });

  it('is none when nothing covers it', () => {
    expect(siteAccess('reddit.com', ['https://x.com/*'])).toBe('none');
  });
});

describe('patternsToRevoke', () => {
  it('gives back every pattern of a site nothing else needs', () => {
    expect(patternsToRevoke('reddit.com', ['x.com'], [])).toEqual([
      'https://reddit.com/*',
      'https://*.reddit.com/*',
      'http://reddit.com/*',
      'http://*.reddit.com/*',
    ]);
  });

  it('keeps patterns the manifest requires, which the browser refuses to remove', () => {
    expect(patternsToRevoke('127.0.0.1', [], ['http://127.0.0.1/*'])).toEqual(['https://127.0.0.1/*']);
  });

  it('keeps patterns another watched site still uses', () => {
    expect(patternsToRevoke('reddit.com', ['reddit.com'], [])).toEqual([]);
  });
});
