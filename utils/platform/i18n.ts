import { browser } from 'wxt/browser';
import { createTranslate, type MessageEntry, type MessageKey, type Translate } from '../domain/i18n';

/** The languages Outward ships messages for (`public/_locales/`); the first is the default. */
const SHIPPED_LOCALES = ['en', 'es'] as const;

let carried: Record<string, MessageEntry> | undefined;

/** The browser's own lookup, typed by the keys of the English messages file. */
const lookup = (key: MessageKey, substitutions?: string | string[]) =>
  // WXT's generated key type lags behind messages.json until `wxt prepare` runs; `MessageKey` is the check.
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions);

/**
 * `browser.i18n.getMessage` that never shows a raw key: asked twice, then answered from the
 * extension's own copy of its messages in the person's language (see `createTranslate`).
 */
export const t: Translate = createTranslate(lookup, (key) => carried?.[key]);

/** The shipped locale closest to the browser's language: `es-AR` reads `es`, anything else `en`. */
export function carriedLocale(language: string | undefined): (typeof SHIPPED_LOCALES)[number] {
  const base = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return SHIPPED_LOCALES.find((locale) => locale === base) ?? SHIPPED_LOCALES[0];
}

/**
 * Reads the extension's own `messages.json` for the person's language, so `t` has text to fall
 * back on. Extension pages and the worker only: a content script cannot read the extension's
 * files without making them reachable by the page (the card carries its few words itself).
 */
export async function loadCarriedMessages(fetcher: typeof fetch = fetch): Promise<void> {
  const language = safeUiLanguage() || globalThis.navigator?.language;
  const response = await fetcher(browser.runtime.getURL(`/_locales/${carriedLocale(language)}/messages.json`));
  carried = (await response.json()) as Record<string, MessageEntry>;
}

function safeUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}

// Extension pages and the worker read their fallback at once; in a content script `location` is the page's.
if (/^(chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '')) {
  loadCarriedMessages().catch(() => undefined);
}
