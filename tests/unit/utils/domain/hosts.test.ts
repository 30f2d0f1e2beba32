import { describe, expect, it } from 'vitest';
import { hostMatches } from '@/utils/domain/hosts';

describe('hostMatches', () => {
  it.each([
    ['reddit.com', 'reddit.com', true],
    ['old.reddit.com', 'reddit.com', true],
    ['www.reddit.com', 'reddit.com', true],
    ['REDDIT.COM.', 'reddit.com', true],
    ['reddit.com', 'www.reddit.com', true],
    ['notreddit.com', 'reddit.com', false],
    ['reddit.com.evil.example', 'reddit.com', false],
    ['reddit.com', 'old.reddit.com', false],
    ['', 'reddit.com', false],
    ['reddit.com', '', false],
  ])('%s against %s is %s', (host, pattern, expected) => {
    expect(hostMatches(host, pattern)).toBe(expected);
  });
});
