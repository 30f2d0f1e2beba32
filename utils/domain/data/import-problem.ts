import type { MessageKey } from '../i18n';

/** Parameters of each import problem, by code. Numbers are plain counts, MB or 1-based positions. */
export interface ImportProblemParams {
  /** The file has no content at all. */
  empty: Record<string, never>;
  /** Larger than `MAX_IMPORT_CHARS`; sizes in MB (millions of characters). */
  'file-too-large': { sizeMb: number; limitMb: number };
  /** Not JSON; where the first error is, when it can be found. */
  'not-json': { line: number | null; column: number | null };
  /** Valid JSON so far, but the text stops early (an unfinished download or copy). */
  truncated: { line: number; column: number };
  /** JSON, but not an Outward export. */
  'not-outward': Record<string, never>;
  /** Made by a newer Outward: `found` is the file's version, `supported` ours. */
  'newer-version': { found: number; supported: number };
  /** A key such as `__proto__` that could tamper with objects; the whole file is refused. */
  'unsafe-key': { key: string };
  /** More records than `MAX_IMPORT_RECORDS`. */
  'too-many-records': { count: number; limit: number };
  /** A value of the wrong type or out of range, at `path`. */
  'invalid-value': { expected: string; received: string };
  /** Two records of one store share an id. */
  'duplicate-id': { store: string; id: string };
  /** A record whose fields contradict each other (an episode that ends before it starts, say). */
  'inconsistent-record': { rule: string };
  /** The upload to the background was cut off (the worker restarted); choosing the file again works. */
  interrupted: Record<string, never>;
  /** The history database cannot be opened in this browser mode. */
  'history-unavailable': { reason: string };
  /** The database refused the write (disk full, quota); nothing was changed. */
  'write-failed': { reason: string };
  /** The history write was refused after the file's settings were stored, and the earlier ones could not be put back. */
  'settings-not-put-back': { reason: string };
}

export type ImportProblemCode = keyof ImportProblemParams;

/** Why a file was not imported: a code, its parameters, English text for logs, and where. */
export type ImportProblem = {
  [C in ImportProblemCode]: {
    code: C;
    params: ImportProblemParams[C];
    /** English, for logs and tests; people see `importProblemMessage` instead. */
    message: string;
    /** Where in the document, e.g. `history.acts[3].mood`. */
    path?: string;
  };
}[ImportProblemCode];

type Spec<C extends ImportProblemCode> = {
  /** Key in `public/_locales/en/messages.json`. */
  key: MessageKey;
  /** The message's `$1`, `$2`… in order. */
  substitutions: (params: ImportProblemParams[C], path: string) => string[];
  english: (params: ImportProblemParams[C], path: string) => string;
};

const SPECS: { [C in ImportProblemCode]: Spec<C> } = {
  empty: { key: 'importErrorEmpty', substitutions: () => [], english: () => 'the file is empty' },
  'file-too-large': {
    key: 'importErrorFileTooLarge',
    substitutions: (p) => [String(p.sizeMb), String(p.limitMb)],
    english: (p) => `the file is too large (${p.sizeMb} MB; the limit is ${p.limitMb} MB)`,
  },
  'not-json': {
    key: 'importErrorNotJson',
    substitutions: (p) => [String(p.line ?? '?'), String(p.column ?? '?')],
    english: (p) => `not valid JSON (line ${p.line ?? '?'}, column ${p.column ?? '?'})`,
  },
  truncated: {
    key: 'importErrorTruncated',
    substitutions: (p) => [String(p.line), String(p.column)],
    english: (p) => `the file ends too early (line ${p.line}, column ${p.column}); it looks cut off`,
  },
  'not-outward': {
    key: 'importErrorNotOutward',
    substitutions: () => [],
    english: () => 'this is not an Outward export',
  },
  'newer-version': {
    key: 'importErrorNewerVersion',
    substitutions: (p) => [String(p.found), String(p.supported)],
    english: (p, path) =>
      `made by a newer version of Outward (${path} ${p.found}; this version reads up to ${p.supported}); update first`,
  },
  'unsafe-key': {
    key: 'importErrorUnsafeKey',
    substitutions: (p, path) => [p.key, path],
    english: (p, path) => `refused key ${JSON.stringify(p.key)} at ${path}`,
  },
  'too-many-records': {
    key: 'importErrorTooManyRecords',
    substitutions: (p) => [String(p.count), String(p.limit)],
    english: (p) => `too many records (${p.count}; the limit is ${p.limit})`,
  },
  'invalid-value': {
    key: 'importErrorInvalidValue',
    substitutions: (p, path) => [path, p.expected, p.received],
    english: (p, path) => `invalid value at ${path}: expected ${p.expected}, found ${p.received}`,
  },
  'duplicate-id': {
    key: 'importErrorDuplicateId',
    substitutions: (p, path) => [p.id, p.store, path],
    english: (p, path) => `the id ${JSON.stringify(p.id)} appears twice in ${p.store} (again at ${path})`,
  },
  'inconsistent-record': {
    key: 'importErrorInconsistent',
    substitutions: (p, path) => [path, p.rule],
    english: (p, path) => `the record at ${path} does not hold together: ${p.rule}`,
  },
  interrupted: {
    key: 'importErrorInterrupted',
    substitutions: () => [],
    english: () => 'the import was interrupted before it finished; choose the file again',
  },
  'history-unavailable': {
    key: 'historyUnavailable',
    substitutions: () => [],
    english: (p) => `the history database is not available: ${p.reason}`,
  },
  'write-failed': {
    key: 'importErrorWriteFailed',
    substitutions: (p) => [p.reason],
    english: (p) => `the database refused the import (${p.reason}); nothing was changed`,
  },
  'settings-not-put-back': {
    key: 'importErrorSettingsNotPutBack',
    substitutions: (p) => [p.reason],
    english: (p) =>
      `the history was not imported (${p.reason}), but the file's settings are in use: the earlier ones could not be put back`,
  },
};

/** Longest path quoted in a problem (characters): its start and end are kept, the middle elided. */
export const MAX_PROBLEM_PATH = 120;
/** Longest text parameter quoted in a problem (characters). */
export const MAX_PROBLEM_TEXT = 80;

/**
 * Builds a problem with its English text. Every quoted piece of the file is bounded (a path by
 * `MAX_PROBLEM_PATH`, text by `MAX_PROBLEM_TEXT`), so a hostile file cannot make the message long.
 */
export function importProblem<C extends ImportProblemCode>(
  code: C,
  params: ImportProblemParams[C],
  path?: string,
): ImportProblem {
  const bounded = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'string' ? clipText(value) : value]),
  ) as ImportProblemParams[C];
  const where = path === undefined ? undefined : clipPath(path);
  const message = SPECS[code].english(bounded, where ?? '');
  return (
    where === undefined ? { code, params: bounded, message } : { code, params: bounded, message, path: where }
  ) as ImportProblem;
}

function clipText(text: string): string {
  return text.length > MAX_PROBLEM_TEXT ? `${text.slice(0, MAX_PROBLEM_TEXT - 1)}…` : text;
}

function clipPath(path: string): string {
  if (path.length <= MAX_PROBLEM_PATH) return path;
  const half = Math.floor((MAX_PROBLEM_PATH - 1) / 2);
  return `${path.slice(0, half)}…${path.slice(path.length - half)}`;
}

/** The i18n key and `$1`… substitutions that explain a problem to a person (`t(key, substitutions)`). */
export function importProblemMessage(problem: ImportProblem): { key: MessageKey; substitutions: string[] } {
  const spec = SPECS[problem.code] as Spec<ImportProblemCode>;
  return { key: spec.key, substitutions: spec.substitutions(problem.params as never, problem.path ?? '') };
}
