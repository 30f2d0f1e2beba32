/** The only schemes Outward ever opens (DESIGN.md §5). */
export const SAFE_LINK_SCHEMES = ['https:', 'mailto:', 'sms:'] as const;
export type SafeLinkScheme = (typeof SAFE_LINK_SCHEMES)[number];

/** Why a link was refused: empty, too long, unparseable, a scheme that is not allowed, or unsafe parts. */
export type LinkRefusal =
  'empty' | 'too-long' | 'malformed' | 'unsafe-scheme' | 'credentials' | 'no-host' | 'no-recipient';

/** `ok` carries the normalised address to open, so what was checked is exactly what opens. */
export type LinkCheck = { ok: true; url: string; scheme: SafeLinkScheme } | { ok: false; reason: LinkRefusal };

/** Longest link accepted, in characters (the settings schema allows the same). */
export const MAX_LINK_LENGTH = 2048;

/**
 * Decides whether a link may be opened: only `https:` with a host and no user:password part, and
 * `mailto:` / `sms:` with a recipient. Everything else (javascript:, data:, http:, file:, browser
 * pages, malformed text) is refused with a reason the caller can explain. The length limit holds
 * for the normalised address, the one that opens (percent-encoding can make it several times longer).
 */
export function checkLink(raw: string): LinkCheck {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.length > MAX_LINK_LENGTH) return { ok: false, reason: 'too-long' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const scheme = SAFE_LINK_SCHEMES.find((allowed) => allowed === url.protocol);
  if (!scheme) return { ok: false, reason: 'unsafe-scheme' };
  if (url.href.length > MAX_LINK_LENGTH) return { ok: false, reason: 'too-long' };
  if (scheme === 'https:') {
    if (url.hostname === '') return { ok: false, reason: 'no-host' };
    // user:password@ links are a classic way to disguise the real host.
    if (url.username !== '' || url.password !== '') return { ok: false, reason: 'credentials' };
  } else if (url.pathname.replace(/^\/+/, '') === '') {
    return { ok: false, reason: 'no-recipient' };
  }
  return { ok: true, url: url.href, scheme };
}
