import { describe, expect, it } from 'vitest';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { findWatchedSite, minutesBeforeNudgeFor, siteMatchPatterns } from '@/utils/domain/settings/watched-sites';

describe('findWatchedSite', () => {
  it('finds the site for its own host and for its subdomains', () => {
    const settings = createDefaultSettings();

    expect(findWatchedSite(settings, 'reddit.com')?.host).toBe('reddit.com');
    expect(findWatchedSite(settings, 'old.reddit.com')?.host).toBe('reddit.com');
  });

  it('does not match a host that merely ends with the same letters', () => {
    const settings = createDefaultSettings();

    expect(findWatchedSite(settings, 'notreddit.com')).toBeUndefined();
  });

  it('ignores a disabled site', () => {
    const settings = createDefaultSettings();
    settings.watchedSites = settings.watchedSites.map((s) => (s.host === 'x.com' ? { ...s, enabled: false } : s));

    expect(findWatchedSite(settings, 'x.com')).toBeUndefined();
  });
});

describe('minutesBeforeNudgeFor', () => {
  it('uses the site override when there is one, else the global value', () => {
    const settings = createDefaultSettings();
    settings.detection.minutesBeforeNudge = 15;
    const site = { host: 'x.com', enabled: true, minutesBeforeNudge: 5 };

    expect(minutesBeforeNudgeFor(settings, site)).toBe(5);
    expect(minutesBeforeNudgeFor(settings, { ...site, minutesBeforeNudge: null })).toBe(15);
  });
});

describe('siteMatchPatterns', () => {
  it('covers both schemes for the host and its subdomains', () => {
    expect(siteMatchPatterns('reddit.com')).toEqual([
      'https://reddit.com/*',
      'https://*.reddit.com/*',
      'http://reddit.com/*',
      'http://*.reddit.com/*',
    ]);
  });

  it('has no subdomain pattern for an IP address', () => {
    expect(siteMatchPatterns('127.0.0.1')).toEqual(['https://127.0.0.1/*', 'http://127.0.0.1/*']);
  });
});
