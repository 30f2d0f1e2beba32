import type en from '@/public/_locales/en/messages.json';

/** A key of `public/_locales/en/messages.json`; every user-facing string is one of these. */
export type MessageKey = keyof typeof en;

/** Looks up a message and fills its `$1`… placeholders, like `browser.i18n.getMessage`. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** One entry of a `messages.json` file. */
export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Fills an entry's `$NAME$` placeholders (and their `$1`… contents) the way the browser does. */
export function formatMessage(entry: MessageEntry, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message
    .replace(/\$([A-Z0-9_@]+)\$/gi, (_match, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, index: string) => subs[Number(index) - 1] ?? '');
    })
    .replace(/\$\$/g, '$');
}

/**
 * A `t` that cannot fail silently. The browser's lookup is asked, and asked once more when it
 * answers with an empty string (Chromium was seen answering '' for every message, even
 * `@@ui_locale`, for a while); then the messages the extension carries itself are used. When
 * neither has the message, the answer is an empty string: never the key, which would put
 * `act_new_parent_title` in front of a person.
 */
export function createTranslate(
  lookup: (key: MessageKey, substitutions?: string | string[]) => string,
  carried: (key: MessageKey) => MessageEntry | undefined,
): Translate {
  return (key, substitutions) => {
    const first = safely(lookup, key, substitutions);
    if (first !== '') return first;
    const again = safely(lookup, key, substitutions);
    if (again !== '') return again;
    const entry = carried(key);
    return entry ? formatMessage(entry, substitutions) : '';
  };
}

function safely(
  lookup: (key: MessageKey, substitutions?: string | string[]) => string,
  key: MessageKey,
  substitutions?: string | string[],
): string {
  try {
    return lookup(key, substitutions) || '';
  } catch {
    return '';
  }
}
