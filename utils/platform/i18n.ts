import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../domain/i18n';

/** `browser.i18n.getMessage`, typed by the keys of the English messages file. */
export const t: Translate = (key: MessageKey, substitutions?: string | string[]) =>
  // WXT's generated key type lags behind messages.json until `wxt prepare` runs; `MessageKey` is the check.
  browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions) || key;
