import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../utils/domain/i18n';

const I18nContext = createContext<Translate>((key) => key);

/** Gives every component below it the page's `t` (browser.i18n in pages, a fake in tests). */
export function I18nProvider({ t, children }: { t: Translate; children: ComponentChildren }) {
  return <I18nContext.Provider value={t}>{children}</I18nContext.Provider>;
}

/** The translate function of the nearest `I18nProvider`. */
export function useT(): Translate {
  return useContext(I18nContext);
}
