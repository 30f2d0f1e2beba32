import { siteMatchPatterns } from './watched-sites';

/** How much of a watched site the person has granted: every pattern, some (say only http), or none. */
export type SiteAccess = 'granted' | 'partial' | 'none';

const PATTERN = /^(\*|[a-z][a-z0-9+.-]*):\/\/([^/]*)(\/.*)$/;

/**
 * True when the granted match pattern `granted` covers `wanted` (both as in a manifest):
 * `https://*\/*` covers every https site, `*://*.reddit.com/*` covers `https://old.reddit.com/*`.
 */
export function patternCovers(granted: string, wanted: string): boolean {
  if (granted === '<all_urls>') return true;
  const g = PATTERN.exec(granted);
  const w = PATTERN.exec(wanted);
  if (!g || !w) return granted === wanted;
  const [, gScheme = '', gHost = '', gPath = ''] = g;
  const [, wScheme = '', wHost = '', wPath = ''] = w;
  const schemeOk = gScheme === wScheme || (gScheme === '*' && (wScheme === 'http' || wScheme === 'https'));
  return schemeOk && hostCovers(gHost, wHost) && (gPath === '/*' || gPath === wPath);
}

function hostCovers(granted: string, wanted: string): boolean {
  if (granted === '*') return true;
  if (granted.startsWith('*.')) {
    const base = granted.slice(2);
    const name = wanted.startsWith('*.') ? wanted.slice(2) : wanted;
    return name === base || name.endsWith(`.${base}`);
  }
  return granted === wanted;
}

/** The site's match patterns that no granted pattern covers yet. */
export function missingSitePatterns(host: string, grantedOrigins: readonly string[]): string[] {
  return siteMatchPatterns(host).filter((wanted) => !grantedOrigins.some((granted) => patternCovers(granted, wanted)));
}

/** Whether a watched site is granted, partly granted or not at all, given every granted origin pattern. */
export function siteAccess(host: string, grantedOrigins: readonly string[]): SiteAccess {
  const missing = missingSitePatterns(host, grantedOrigins).length;
  if (missing === 0) return 'granted';
  return missing < siteMatchPatterns(host).length ? 'partial' : 'none';
}

/**
 * Patterns to revoke when a site is removed: its own, except those the manifest requires (the
 * browser refuses to remove them) and those another watched site still uses.
 */
export function patternsToRevoke(
  host: string,
  otherHosts: readonly string[],
  requiredOrigins: readonly string[],
): string[] {
  const keep = new Set([...otherHosts.flatMap(siteMatchPatterns), ...requiredOrigins]);
  return siteMatchPatterns(host).filter((pattern) => !keep.has(pattern));
}
