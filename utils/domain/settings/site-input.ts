import * as v from 'valibot';
import { WatchedSiteSchema } from './schema';

/** Why typed text could not become a watched site. */
export type SiteRefusal = 'empty' | 'not-web' | 'single-label' | 'ipv6' | 'invalid' | 'duplicate' | 'covered';

/** A canonical host (`reddit.com`), or why not; `other` names the watched site that already covers it. */
export type SiteInput = { ok: true; host: string } | { ok: false; reason: SiteRefusal; host?: string; other?: string };

const SCHEME = /^([a-z][a-z0-9+.-]*|\*):(.*)$/is;
const PORT_AFTER_HOST = /^\d+(?:[/?#]|$)/;
const WEB_SCHEMES = new Set(['http', 'https', '*']);

/**
 * Turns what a person typed into the host Outward watches: `reddit.com`,
 * `https://www.reddit.com/r/x`, `*.reddit.com` and `REDDIT.COM.` all become `reddit.com`. IPv4
 * addresses are kept; other schemes, single-label names (`localhost`), IPv6 and junk are refused.
 */
export function normaliseSiteInput(raw: string): SiteInput {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };

  let rest = text;
  const scheme = SCHEME.exec(text);
  // `example.com:8080` is a host with a port, not a scheme called `example.com`.
  if (scheme && !PORT_AFTER_HOST.test(scheme[2] ?? '')) {
    if (!WEB_SCHEMES.has((scheme[1] ?? '').toLowerCase())) return { ok: false, reason: 'not-web' };
    if (!scheme[2]?.startsWith('//')) return { ok: false, reason: 'invalid' };
    rest = scheme[2].slice(2);
  }
  rest = rest.replace(/^\*\./, '');
  if (rest.startsWith('[')) return { ok: false, reason: 'ipv6' };

  let hostname: string;
  try {
    hostname = new URL(`http://${rest}`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (hostname.startsWith('[')) return { ok: false, reason: 'ipv6' };
  const host = hostname.replace(/\.$/, '').replace(/^www\.(?=.+\.)/, '');
  if (!host.includes('.')) return { ok: false, reason: 'single-label' };
  if (!v.is(WatchedSiteSchema.entries.host, host)) return { ok: false, reason: 'invalid' };
  return { ok: true, host };
}

/**
 * Checks a new site against the ones already watched: the same host is a duplicate, and a
 * subdomain of a watched site (`old.reddit.com` beside `reddit.com`) is already covered by it.
 */
export function parseNewSite(raw: string, watchedHosts: readonly string[]): SiteInput {
  const result = normaliseSiteInput(raw);
  if (!result.ok) return result;
  const { host } = result;
  if (watchedHosts.includes(host)) return { ok: false, reason: 'duplicate', host, other: host };
  const parent = watchedHosts.find((watched) => !isIpv4(host) && host.endsWith(`.${watched}`));
  if (parent) return { ok: false, reason: 'covered', host, other: parent };
  return result;
}

function isIpv4(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}
