import type { Settings, WatchedSite } from './schema';

/** The enabled watched site a page's host name belongs to (the site itself or a subdomain of it), if any. */
export function findWatchedSite(settings: Pick<Settings, 'watchedSites'>, hostname: string): WatchedSite | undefined {
  return settings.watchedSites.find((site) => site.enabled && isSameOrSubdomain(hostname, site.host));
}

function isSameOrSubdomain(hostname: string, host: string): boolean {
  if (hostname === host) return true;
  const dot = hostname.length - host.length - 1;
  return dot > 0 && hostname.charCodeAt(dot) === 46 /* '.' */ && hostname.endsWith(host);
}

/** Minutes of doom-like scrolling before a nudge on this site: its own override, else the global value. */
export function minutesBeforeNudgeFor(settings: Pick<Settings, 'detection'>, site: WatchedSite | undefined): number {
  return site?.minutesBeforeNudge ?? settings.detection.minutesBeforeNudge;
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Match patterns that cover a watched site, one per scheme and (for names, not addresses) its
 * subdomains: `https://host/*`, `https://*.host/*`, `http://host/*`, `http://*.host/*`.
 */
export function siteMatchPatterns(host: string): string[] {
  const hosts = IPV4.test(host) ? [host] : [host, `*.${host}`];
  return ['https', 'http'].flatMap((scheme) => hosts.map((h) => `${scheme}://${h}/*`));
}
