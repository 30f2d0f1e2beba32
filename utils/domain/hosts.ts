/**
 * True when `host` is `pattern` or one of its subdomains (`old.reddit.com` matches `reddit.com`,
 * `notreddit.com` does not). Both are compared lower-case, ignoring a leading `www.` and a trailing dot.
 */
export function hostMatches(host: string, pattern: string): boolean {
  const h = normaliseHost(host);
  const p = normaliseHost(pattern);
  if (h === '' || p === '') return false;
  return h === p || h.endsWith(`.${p}`);
}

/** Lower-case host without a trailing dot or a leading `www.`. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}
