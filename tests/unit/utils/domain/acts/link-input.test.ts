import { describe, expect, it } from 'vitest';
import { httpsLinkFromInput, optionalLinkFromInput, reachLinkFromInput } from '@/utils/domain/acts/link-input';

describe('reachLinkFromInput', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['+44 7700 900123', 'sms:+447700900123'],
    ['(555) 123-4567', 'sms:5551234567'],
    ['ana@example.com', 'mailto:ana@example.com'],
    ['mailto:ana@example.com', 'mailto:ana@example.com'],
    ['sms:+15551234567', 'sms:+15551234567'],
    ['https://signal.me/#p/+15551234567', 'https://signal.me/#p/+15551234567'],
    ['wa.me/15551234567', 'https://wa.me/15551234567'],
  ])('turns %j into %j', (typed, url) => {
    expect(reachLinkFromInput(typed)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)', 'linkErrorScheme'],
    ['JavaScript:alert(1)', 'linkErrorScheme'],
    ['http://example.com', 'linkErrorScheme'],
    ['data:text/html,<b>hi</b>', 'linkErrorScheme'],
    ['file:///etc/passwd', 'linkErrorScheme'],
    ['https://user:pw@example.com', 'linkErrorCredentials'],
    ['mailto:', 'linkErrorNoRecipient'],
    ['not a link', 'linkErrorMalformed'],
    [`https://example.com/${'a'.repeat(2100)}`, 'linkErrorTooLong'],
  ])('refuses %j with %s', (typed, key) => {
    const result = reachLinkFromInput(typed);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.key).toBe(key);
  });
});

describe('httpsLinkFromInput', () => {
  it('accepts an https page and adds https:// to a bare address', () => {
    expect(httpsLinkFromInput('https://example.org/donate')).toEqual({ ok: true, url: 'https://example.org/donate' });
    expect(httpsLinkFromInput('example.org/donate')).toEqual({ ok: true, url: 'https://example.org/donate' });
  });

  it.each([
    ['', 'fieldRequired'],
    ['mailto:give@example.org', 'linkErrorHttpsOnly'],
    ['sms:+15551234567', 'linkErrorHttpsOnly'],
    ['http://example.org', 'linkErrorScheme'],
    ['javascript:alert(1)', 'linkErrorScheme'],
  ])('refuses %j with %s', (typed, key) => {
    const result = httpsLinkFromInput(typed);

    expect(!result.ok && result.error.key).toBe(key);
  });
});

describe('optionalLinkFromInput', () => {
  it('keeps no link for an empty field and any safe scheme otherwise', () => {
    expect(optionalLinkFromInput(' ')).toEqual({ ok: true, url: null });
    expect(optionalLinkFromInput('sms:+15551234567')).toEqual({ ok: true, url: 'sms:+15551234567' });
    expect(optionalLinkFromInput('en.wikipedia.org')).toEqual({ ok: true, url: 'https://en.wikipedia.org/' });
  });

  it('refuses a javascript: link', () => {
    expect(optionalLinkFromInput('javascript:alert(1)')).toEqual({ ok: false, error: { key: 'linkErrorScheme' } });
  });
});
