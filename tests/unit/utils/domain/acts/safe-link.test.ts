import { describe, expect, it } from 'vitest';
import { checkLink, MAX_LINK_LENGTH } from '@/utils/domain/acts/safe-link';

describe('checkLink', () => {
  it.each([
    ['https://www.zooniverse.org/', 'https://www.zooniverse.org/', 'https:'],
    ['  https://example.org/give?x=1#y  ', 'https://example.org/give?x=1#y', 'https:'],
    ['HTTPS://Example.ORG', 'https://example.org/', 'https:'],
    ['mailto:sam@example.org', 'mailto:sam@example.org', 'mailto:'],
    ['mailto:sam@example.org?subject=Hi%20there', 'mailto:sam@example.org?subject=Hi%20there', 'mailto:'],
    ['sms:+441234567890', 'sms:+441234567890', 'sms:'],
    ['sms:+15551234567?body=Thinking%20of%20you', 'sms:+15551234567?body=Thinking%20of%20you', 'sms:'],
  ])('opens %s', (raw, url, scheme) => {
    expect(checkLink(raw)).toEqual({ ok: true, url, scheme });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['javascript:alert(1)', 'unsafe-scheme'],
    ['JavaScript:alert(1)', 'unsafe-scheme'],
    ['java\tscript:alert(1)', 'unsafe-scheme'],
    ['\u0000javascript:alert(1)', 'unsafe-scheme'],
    ['data:text/html,<script>alert(1)</script>', 'unsafe-scheme'],
    ['http://example.org', 'unsafe-scheme'],
    ['file:///etc/passwd', 'unsafe-scheme'],
    ['chrome://settings', 'unsafe-scheme'],
    ['chrome-extension://abcdef/options.html', 'unsafe-scheme'],
    ['about:blank', 'unsafe-scheme'],
    ['blob:https://example.org/uuid', 'unsafe-scheme'],
    ['tel:+441234567890', 'unsafe-scheme'],
    ['ftp://example.org', 'unsafe-scheme'],
    ['example.org', 'malformed'],
    ['//example.org/path', 'malformed'],
    ['https://', 'malformed'],
    ['https://exa mple.org', 'malformed'],
    ['https://user:secret@example.org', 'credentials'],
    ['https://bank.example@evil.example', 'credentials'],
    ['mailto:', 'no-recipient'],
    ['sms:', 'no-recipient'],
    [`https://example.org/${'a'.repeat(MAX_LINK_LENGTH)}`, 'too-long'],
  ])('refuses %j with %s', (raw, reason) => {
    expect(checkLink(raw)).toEqual({ ok: false, reason });
  });
});

describe('checkLink and the length of what opens', () => {
  it('measures the normalised address: a short input that percent-encoding makes too long is refused', () => {
    const input = `https://example.org/${'"'.repeat(1000)}`;

    const result = checkLink(input);

    expect(input.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(result).toEqual({ ok: false, reason: 'too-long' });
  });
});
