import { browser } from 'wxt/browser';

/** The browser's UI language as a BCP 47 tag (e.g. `es-MX`), which the giving plan reads its region from. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage() || globalThis.navigator?.language || 'en';
}
