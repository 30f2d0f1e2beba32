import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import type { MessageKey, Translate } from '@/utils/domain/i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** A `Translate` over one language's messages, with placeholders filled in as `browser.i18n.getMessage` would. */
function translatorOf(messages: Record<string, Entry>): Translate {
  return (key: MessageKey, substitutions?: string | string[]) => {
    const entry = messages[key];
    if (!entry) throw new Error(`no message ${key}`);
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$([A-Z_]+)\$/gi, (_match, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_m, index: string) => subs[Number(index) - 1] ?? '');
    });
  };
}

/** The English messages with placeholders filled in, as `browser.i18n.getMessage` would. */
export const translate: Translate = translatorOf(en as Record<string, Entry>);

/** The Spanish messages, the same way. */
export const translateEs: Translate = translatorOf(es as Record<string, Entry>);
