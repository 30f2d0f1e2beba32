import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTS } from '@/utils/domain/acts/catalogue';
import enMessages from '@/public/_locales/en/messages.json';
import esMessages from '@/public/_locales/es/messages.json';

/*
 * Every locale under public/_locales must be a complete, well-formed translation of the English
 * messages, and every English message must be used somewhere, so dead text does not pile up.
 */

interface Placeholder {
  content: string;
  example?: string;
}
interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, Placeholder>;
}
type Messages = Record<string, Entry>;
type Loaded = { ok: true; messages: Messages } | { ok: false; error: string };

const root = process.cwd();
const localesDir = join(root, 'public', '_locales');
const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Chrome's limits for the manifest strings, in characters. */
const NAME_MAX = 75;
const DESCRIPTION_MAX = 132;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why an entry is malformed, or null when it has a string message and well-formed placeholders. */
function shapeProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'is not an object';
  if (typeof value.message !== 'string') return 'has no string "message"';
  if (value.description !== undefined && typeof value.description !== 'string') return 'has a non-string "description"';
  if (value.placeholders === undefined) return null;
  if (!isRecord(value.placeholders)) return 'has "placeholders" that is not an object';
  for (const [name, placeholder] of Object.entries(value.placeholders)) {
    if (!isRecord(placeholder) || typeof placeholder.content !== 'string') {
      return `has placeholder "${name}" without a string "content"`;
    }
  }
  return null;
}

function load(locale: string): Loaded {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8'));
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(data)) return { ok: false, error: 'the top level is not an object' };
  const problems = Object.entries(data).flatMap(([key, value]) => {
    const problem = shapeProblem(value);
    return problem ? [`${key} ${problem}`] : [];
  });
  return problems.length > 0 ? { ok: false, error: problems.join('; ') } : { ok: true, messages: data as Messages };
}

const loaded = new Map(locales.map((locale) => [locale, load(locale)] as const));
const messagesOf = (locale: string): Messages => {
  const result = loaded.get(locale);
  if (!result?.ok) throw new Error(`${locale}/messages.json could not be read: ${result?.error ?? 'missing'}`);
  return result.messages;
};

/** `$NAME$` tokens in a message, lower-cased as Chrome matches them; `$$` is a literal dollar sign. */
const tokensOf = (message: string): string[] =>
  [
    ...new Set([...message.replaceAll('$$', '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase())),
  ].sort();

const placeholdersOf = (entry: Entry): Record<string, string> =>
  Object.fromEntries(
    Object.entries(entry.placeholders ?? {})
      .map(([name, placeholder]) => [name.toLowerCase(), placeholder.content] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\u0000') === b.join('\u0000');

describe.each(locales)('locale %s', (locale) => {
  it('parses as JSON with a string message for every key', () => {
    const result = loaded.get(locale);

    expect(result?.ok ? null : result?.error).toBeNull();
  });

  it('has exactly the English keys', () => {
    const en = Object.keys(messagesOf('en'));
    const here = Object.keys(messagesOf(locale));

    expect({
      missing: en.filter((key) => !here.includes(key)),
      extra: here.filter((key) => !en.includes(key)),
    }).toEqual({ missing: [], extra: [] });
  });

  it('has no empty message', () => {
    const empty = Object.entries(messagesOf(locale))
      .filter(([, entry]) => entry.message.trim() === '')
      .map(([key]) => key);

    expect(empty).toEqual([]);
  });

  it('uses the same $NAME$ tokens in each message as English', () => {
    const en = messagesOf('en');
    const problems = Object.entries(messagesOf(locale)).flatMap(([key, entry]) => {
      const english = en[key];
      if (!english) return [];
      const want = tokensOf(english.message);
      const got = tokensOf(entry.message);
      return sameList(want, got) ? [] : [`${key}: expected [${want.join(', ')}], found [${got.join(', ')}]`];
    });

    expect(problems).toEqual([]);
  });

  it('declares the same placeholders with the same content as English', () => {
    const en = messagesOf('en');
    const problems = Object.entries(messagesOf(locale)).flatMap(([key, entry]) => {
      const english = en[key];
      if (!english) return [];
      const want = placeholdersOf(english);
      const got = placeholdersOf(entry);
      return JSON.stringify(want) === JSON.stringify(got)
        ? []
        : [`${key}: expected ${JSON.stringify(want)}, found ${JSON.stringify(got)}`];
    });

    expect(problems).toEqual([]);
  });

  it('uses no placeholder token that the message does not declare', () => {
    const problems = Object.entries(messagesOf(locale)).flatMap(([key, entry]) => {
      const declared = Object.keys(placeholdersOf(entry));
      const undeclared = tokensOf(entry.message).filter((token) => !declared.includes(token));
      return undeclared.length > 0 ? [`${key}: ${undeclared.map((token) => `$${token}$`).join(', ')}`] : [];
    });

    expect(problems).toEqual([]);
  });

  it(`keeps extName within ${NAME_MAX} and extDescription within ${DESCRIPTION_MAX} characters`, () => {
    const messages = messagesOf(locale);

    expect([...(messages.extName?.message ?? '')].length).toBeLessThanOrEqual(NAME_MAX);
    expect([...(messages.extDescription?.message ?? '')].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

/*
 * Where English keys are used. A key counts as used when the source names it in quotes
 * ('key', "key" or `key`), when the manifest names it as __MSG_key__, or when it is one of the
 * keys that the code builds at run time:
 *  - built-in acts: `act_<id>_title`, `_how`, `_why`, and `_person` / `_cause` for an act with that
 *    slot, built from the ids in utils/domain/acts/catalogue.ts (see utils/domain/acts/define-act.ts).
 * Other lookups (mood1…mood5, nudge card leads, category and store labels, refusals) name their keys
 * literally in lookup tables, so the quoted-name search finds them.
 */
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const MANIFEST_SOURCES = ['wxt.config.ts'];

/**
 * English keys that no code uses yet. They are reported rather than deleted because work that uses
 * them may be on its way; once a key here is used (or deleted), take it off this list.
 */
const KNOWN_UNUSED: readonly string[] = [];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:[cm]?[jt]s|[jt]sx)$/.test(entry.name) ? [path] : [];
  });
}

const dynamicKeys = new Set<string>(
  BUILT_IN_ACTS.flatMap((act) => [act.titleKey, act.howToKey, act.whyKey, ...(act.slot ? [act.slot.titleKey] : [])]),
);

function unusedEnglishKeys(): string[] {
  const source = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir)))
    .map((path) => readFileSync(path, 'utf8'))
    .join('\n');
  const manifest = MANIFEST_SOURCES.map((path) => readFileSync(join(root, path), 'utf8')).join('\n');
  const quoted = (key: string) => ["'", '"', '`'].some((quote) => source.includes(`${quote}${key}${quote}`));
  return Object.keys(messagesOf('en')).filter(
    (key) => !dynamicKeys.has(key) && !quoted(key) && !manifest.includes(`__MSG_${key}__`),
  );
}

describe('English message use', () => {
  it('builds every dynamic act key from a key that exists', () => {
    const en = messagesOf('en');

    expect([...dynamicKeys].filter((key) => !(key in en))).toEqual([]);
  });

  it('uses every English key somewhere in the source, apart from the known unused ones', () => {
    const unused = unusedEnglishKeys();

    expect({
      unused: unused.filter((key) => !KNOWN_UNUSED.includes(key)),
      staleKnownUnused: KNOWN_UNUSED.filter((key) => !unused.includes(key)),
    }).toEqual({ unused: [], staleKnownUnused: [] });
  });
});

describe('acts’ advice', () => {
  it('never sends a doom-scroller back into the scroll, in either language', () => {
    const feedsTheScroll = /\b(scroll\w*|browse|feeds?|desplaz\w*|baja más allá|busca un video)\b/i;
    const advice = (messages: Record<string, { message: string }>) =>
      Object.entries(messages).filter(([key]) => /^act_.*_(how|why)$/.test(key));

    const found = [...advice(enMessages), ...advice(esMessages)].filter(([, entry]) =>
      feedsTheScroll.test(entry.message),
    );

    expect(found).toEqual([]);
  });
});
