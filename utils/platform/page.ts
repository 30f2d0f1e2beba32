import { browser } from 'wxt/browser';
import type { MessageKey } from '../domain/i18n';
import { t } from './i18n';

/** Sets the page's language, direction and title from the browser's UI locale. */
export function prepareDocument(titleKey: MessageKey, doc: Document = document): void {
  doc.documentElement.lang = browser.i18n.getUILanguage() || 'en';
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  doc.title = t(titleKey);
}

/** Absolute URL of one of the extension's own pages, e.g. `extensionPage('journal')`. */
export function extensionPage(name: 'popup' | 'options' | 'journal' | 'welcome'): string {
  return browser.runtime.getURL(`/${name}.html`);
}
