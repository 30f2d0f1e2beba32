import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../domain/i18n';

/** `browser.i18n.getMessage`, typed by the keys of the English messages file. */
export const t: Translate = (key: MessageKey, substitutions?: string | string[]) =>
  browser.i18n.getMessage(key, substitutions) || key;
