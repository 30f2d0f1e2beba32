import type en from '@/public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`; every user-facing string is one of these. */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills its `$1`… placeholders, like `browser.i18n.getMessage`. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
