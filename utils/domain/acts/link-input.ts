import type { MessageKey } from '../i18n';
import { checkLink, MAX_LINK_LENGTH, type LinkRefusal } from './safe-link';

/** A message to show a person: its key and `$1`… substitutions. */
export interface MessageRef {
  key: MessageKey;
  substitutions?: string[];
}

/** A link ready to store (null when the optional field was left empty), or why it was refused. */
export type LinkInput = { ok: true; url: string | null } | { ok: false; error: MessageRef };

const PHONE = /^\+?[\d\s().-]+$/;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const BARE_WEB_ADDRESS = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i;

const REFUSALS: Record<LinkRefusal, MessageRef> = {
  empty: { key: 'fieldRequired' },
  'too-long': { key: 'linkErrorTooLong', substitutions: [String(MAX_LINK_LENGTH)] },
  malformed: { key: 'linkErrorMalformed' },
  'no-host': { key: 'linkErrorMalformed' },
  'unsafe-scheme': { key: 'linkErrorScheme' },
  credentials: { key: 'linkErrorCredentials' },
  'no-recipient': { key: 'linkErrorNoRecipient' },
};

/**
 * What a person typed as a way to reach someone, as a link Outward may open: a phone number
 * becomes `sms:`, an email address `mailto:`, a bare web address `https://`; anything else must
 * pass `checkLink` (https, mailto, sms only). Empty means no link.
 */
export function reachLinkFromInput(raw: string): LinkInput {
  const text = raw.trim();
  if (text === '') return { ok: true, url: null };
  const digits = text.replace(/\D/g, '');
  if (PHONE.test(text) && digits.length >= 3 && digits.length <= 20) {
    return { ok: true, url: `sms:${text.startsWith('+') ? '+' : ''}${digits}` };
  }
  if (EMAIL.test(text)) return checked(`mailto:${text}`);
  return checked(withHttps(text));
}

/** An optional link for a custom act: empty means none; a bare web address gets `https://`. */
export function optionalLinkFromInput(raw: string): LinkInput {
  const text = raw.trim();
  return text === '' ? { ok: true, url: null } : checked(withHttps(text));
}

/** A required https link (a cause's donation or volunteering page); a bare web address gets `https://`. */
export function httpsLinkFromInput(raw: string): LinkInput {
  const text = raw.trim();
  if (text === '') return { ok: false, error: REFUSALS.empty };
  const result = checked(withHttps(text));
  if (result.ok && !result.url?.startsWith('https:')) return { ok: false, error: { key: 'linkErrorHttpsOnly' } };
  return result;
}

function withHttps(text: string): string {
  return BARE_WEB_ADDRESS.test(text) ? `https://${text}` : text;
}

function checked(text: string): LinkInput {
  const result = checkLink(text);
  return result.ok ? { ok: true, url: result.url } : { ok: false, error: REFUSALS[result.reason] };
}
