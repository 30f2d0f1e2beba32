import { describe, expect, it } from 'vitest';
import { normaliseSiteInput, parseNewSite } from '@/utils/domain/settings/site-input';

describe('normaliseSiteInput', () => {
  it.each([
    ['reddit.com', 'reddit.com'],
    ['https://www.reddit.com/r/x', 'reddit.com'],
    ['*.reddit.com', 'reddit.com'],
    ['REDDIT.COM.', 'reddit.com'],
    [' m.reddit.com ', 'm.reddit.com'],
    ['http://old.reddit.com:8080/top?x=1#a', 'old.reddit.com'],
    ['*://*.reddit.com/*', 'reddit.com'],
    ['reddit.com:443', 'reddit.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['www.com', 'www.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['127.0.0.1', '127.0.0.1'],
    ['http://192.168.1.10:3000/feed', '192.168.1.10'],
  ])('turns %j into %j', (typed, host) => {
    expect(normaliseSiteInput(typed)).toEqual({ ok: true, host });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'not-web'],
    ['javascript://reddit.com', 'not-web'],
    ['file:///etc/passwd', 'not-web'],
    ['data:text/html,hi', 'not-web'],
    ['chrome://settings', 'not-web'],
    ['mailto:ana@example.com', 'not-web'],
    ['localhost', 'single-label'],
    ['http://localhost:3000', 'single-label'],
    ['intranet', 'single-label'],
    ['[::1]', 'ipv6'],
    ['http://[2001:db8::1]/', 'ipv6'],
    ['reddit .com', 'invalid'],
    ['not a site', 'invalid'],
    ['-reddit.com', 'invalid'],
    ['reddit..com', 'invalid'],
    ['exa_mple.com', 'invalid'],
    ['256.1.1.1', 'invalid'],
    ['https://', 'invalid'],
    ['https:reddit.com', 'invalid'],
  ])('refuses %j as %s', (typed, reason) => {
    expect(normaliseSiteInput(typed)).toMatchObject({ ok: false, reason });
  });
});

describe('parseNewSite', () => {
  const watched = ['reddit.com', '127.0.0.1'];

  it('accepts a site that is not watched yet', () => {
    expect(parseNewSite('https://news.ycombinator.com/', watched)).toEqual({ ok: true, host: 'news.ycombinator.com' });
  });

  it('refuses a site already in the list, however it is typed', () => {
    expect(parseNewSite('https://www.REDDIT.com/r/all', watched)).toEqual({
      ok: false,
      reason: 'duplicate',
      host: 'reddit.com',
      other: 'reddit.com',
    });
  });

  it('refuses a subdomain of a watched site and names the site that covers it', () => {
    expect(parseNewSite('old.reddit.com', watched)).toEqual({
      ok: false,
      reason: 'covered',
      host: 'old.reddit.com',
      other: 'reddit.com',
    });
  });

  it('accepts a parent of a watched subdomain', () => {
    expect(parseNewSite('reddit.com', ['old.reddit.com'])).toEqual({ ok: true, host: 'reddit.com' });
  });

  it('never treats an address as a subdomain of another', () => {
    expect(parseNewSite('10.0.0.1', ['0.0.1'])).toEqual({ ok: true, host: '10.0.0.1' });
  });

  it('passes refusals of the text itself through unchanged', () => {
    expect(parseNewSite('javascript:void(0)', watched)).toEqual({ ok: false, reason: 'not-web' });
  });
});
