import * as v from 'valibot';
import {
  ActRecordSchema,
  CheckinRecordSchema,
  EpisodeRecordSchema,
  HISTORY_STORES,
  NudgeRecordSchema,
  type HistoryStoreName,
} from '../history/records';
import { migrateSettings } from '../settings/migrations';
import { SETTINGS_VERSION, type Settings } from '../settings/schema';
import { runSteps, STEP_RECORDS, type Steps } from '../steps';
import { findUnsafeKeySteps, formatPath } from './document-path';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  ExportDocumentSchema,
  upgradeExport,
  type HistoryContents,
} from './export-format';
import { importProblem, type ImportProblem } from './import-problem';
import { summarizeHistory, type ImportSummary } from './import-summary';
import { locateJsonError } from './json-syntax';
import { closeOpenEpisodes } from './open-episodes';
import { EXPORT_CLOCK_SLACK_MS, findInconsistentRecordSteps } from './record-invariants';

/** Largest import, in characters of text (about 200 MB for the ASCII an export mostly is). */
export const MAX_IMPORT_CHARS = 200_000_000;
/** Most records one import may hold, across all four stores. */
export const MAX_IMPORT_RECORDS = 2_000_000;

/** Size limits of an import, and the time it is made (epoch ms: no file is exported in the future); tests pass their own. */
export interface ImportLimits {
  maxChars: number;
  maxRecords: number;
  now?: number;
}

const DEFAULT_LIMITS: ImportLimits = { maxChars: MAX_IMPORT_CHARS, maxRecords: MAX_IMPORT_RECORDS };

/** What a valid file holds, ready to merge. */
export interface ImportContents {
  settings: Settings;
  history: HistoryContents;
}

/** Either everything in the file, checked, or the first problem found; never a partial result. */
export type ParsedImport =
  { ok: true; contents: ImportContents; summary: ImportSummary } | { ok: false; problem: ImportProblem };

const fail = (problem: ImportProblem): ParsedImport => ({ ok: false, problem });

/**
 * Checks a whole export file before anything is written: size, JSON syntax, format marker,
 * versions, unsafe keys, record count, every value's type and range, a real `exportedAt` date,
 * duplicate ids, and that each record holds together (times in bounds, fields that agree).
 * An episode still open in the file comes back closed at its last activity (see `closeOpenEpisodes`).
 */
export function parseImport(text: string, limits: Partial<ImportLimits> = {}): ParsedImport {
  return runSteps(parseImportSteps(text, limits));
}

/**
 * `parseImport` as stepped work: one `JSON.parse` of the whole text, then passes over the records
 * that yield every few hundred records, so the background can check a large file in slices while
 * it goes on answering messages (utils/platform/data/run-in-slices.ts).
 */
export function* parseImportSteps(text: string, limits: Partial<ImportLimits> = {}): Steps<ParsedImport> {
  const { maxChars, maxRecords, now } = { ...DEFAULT_LIMITS, ...limits };
  if (text.length > maxChars) return fail(tooLarge(text.length, maxChars));
  // Some editors save JSON with a byte-order mark, which JSON.parse rejects.
  const json = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (json.trim() === '') return fail(importProblem('empty', {}));

  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    const where = locateJsonError(json);
    if (where?.atEnd) return fail(importProblem('truncated', { line: where.line, column: where.column }));
    return fail(importProblem('not-json', { line: where?.line ?? null, column: where?.column ?? null }));
  }
  yield;
  return yield* checkDocument(raw, maxRecords, now);
}

/** The `file-too-large` problem for a text of `chars` characters; sizes in MB, rounded up. */
export function tooLarge(chars: number, maxChars: number = MAX_IMPORT_CHARS): ImportProblem {
  const mb = (n: number) => Math.ceil(n / 1_000_000);
  return importProblem('file-too-large', { sizeMb: mb(chars), limitMb: mb(maxChars) });
}

function* checkDocument(raw: unknown, maxRecords: number, now: number | undefined): Steps<ParsedImport> {
  if (!isRecord(raw) || raw.format !== EXPORT_FORMAT) return fail(importProblem('not-outward', {}));
  const version = checkVersion(raw.formatVersion, EXPORT_FORMAT_VERSION, 'formatVersion');
  if (version) return fail(version);

  const unsafe = yield* findUnsafeKeySteps(raw);
  if (unsafe) return fail(importProblem('unsafe-key', { key: unsafe.key }, unsafe.path));

  const count = countRaw(raw.history);
  if (count > maxRecords) return fail(importProblem('too-many-records', { count, limit: maxRecords }));

  let settings = raw.settings;
  if (isRecord(settings)) {
    const settingsVersion = checkVersion(settings.version, SETTINGS_VERSION, 'settings.version');
    if (settingsVersion) return fail(settingsVersion);
    // Old settings are brought up to date, then held to the current schema like everything else.
    settings = migrateSettings(settings, SETTINGS_VERSION).value;
  }

  // The document around the records first, then the records a few hundred at a time: the same
  // checks in the same order as one pass over `ExportDocumentSchema`, so the same first problem.
  const shell = v.safeParse(DocumentShellSchema, { ...upgradeExport(raw), settings }, { abortEarly: true });
  if (!shell.success) return fail(describeIssue(shell.issues[0]));
  const history = yield* checkRecords(shell.output.history);
  if (!history.ok) return history;
  const doc = { ...shell.output, history: history.records };

  const exportedAt = realTime(doc.exportedAt);
  if (exportedAt === null || (now !== undefined && exportedAt > now + EXPORT_CLOCK_SLACK_MS)) {
    return fail(
      importProblem(
        'invalid-value',
        { expected: 'a real date, not in the future', received: doc.exportedAt },
        'exportedAt',
      ),
    );
  }
  const duplicate = yield* findDuplicateId(doc.history);
  if (duplicate) return fail(duplicate);
  const inconsistent = yield* findInconsistentRecordSteps(doc.history, exportedAt);
  if (inconsistent) return fail(inconsistent);

  const merged = { ...doc.history, episodes: closeOpenEpisodes(doc.history.episodes) };
  return {
    ok: true,
    contents: { settings: doc.settings, history: merged },
    summary: summarizeHistory(doc.history, doc.exportedAt, doc.app.version),
  };
}

/** Each store's record schema, by store. */
const RECORD_SCHEMAS = {
  episodes: EpisodeRecordSchema,
  nudges: NudgeRecordSchema,
  acts: ActRecordSchema,
  checkins: CheckinRecordSchema,
} as const;

/** `ExportDocumentSchema` with the records left for `checkRecords`; only the four lists are checked. */
const DocumentShellSchema = v.object({
  ...ExportDocumentSchema.entries,
  history: v.object({
    episodes: v.array(v.unknown()),
    nudges: v.array(v.unknown()),
    acts: v.array(v.unknown()),
    checkins: v.array(v.unknown()),
  }),
});

/** Every record held to its store's schema, store by store in file order; the checked records, or the first problem. */
function* checkRecords(
  lists: Record<HistoryStoreName, unknown[]>,
): Steps<{ ok: true; records: HistoryContents } | { ok: false; problem: ImportProblem }> {
  const records: Record<HistoryStoreName, unknown[]> = { episodes: [], nudges: [], acts: [], checkins: [] };
  for (const store of HISTORY_STORES) {
    const schema: v.GenericSchema = RECORD_SCHEMAS[store];
    for (const [index, record] of lists[store].entries()) {
      const checked = v.safeParse(schema, record, { abortEarly: true });
      if (!checked.success) return { ok: false, problem: describeIssue(checked.issues[0], ['history', store, index]) };
      records[store].push(checked.output);
      if (index % STEP_RECORDS === STEP_RECORDS - 1) yield;
    }
  }
  return { ok: true, records: records as unknown as HistoryContents };
}

/** Epoch ms of an ISO timestamp that names a real moment (no 31 February), or null. */
function realTime(iso: string): number | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  const [, year, month, day] = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) ?? [];
  if (year === undefined) return null;
  // Date.parse rolls 2025-02-31 over to 3 March; a real date reads back as itself.
  const probe = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real =
    probe.getUTCFullYear() === Number(year) &&
    probe.getUTCMonth() === Number(month) - 1 &&
    probe.getUTCDate() === Number(day);
  return real ? time : null;
}

/** A version newer than ours is its own problem; a version that is not a positive integer is a wrong value. */
function checkVersion(found: unknown, supported: number, path: string): ImportProblem | null {
  if (typeof found === 'number' && Number.isInteger(found) && found > supported) {
    return importProblem('newer-version', { found, supported }, path);
  }
  if (typeof found === 'number' && Number.isInteger(found) && found >= 1) return null;
  return importProblem('invalid-value', { expected: 'positive integer', received: describeValue(found) }, path);
}

function countRaw(history: unknown): number {
  if (!isRecord(history)) return 0;
  return HISTORY_STORES.reduce((sum, name) => {
    const records = history[name];
    return sum + (Array.isArray(records) ? records.length : 0);
  }, 0);
}

function describeIssue(issue: v.BaseIssue<unknown>, at: ReadonlyArray<string | number> = []): ImportProblem {
  const path = formatPath([...at, ...(issue.path ?? []).map((step) => step.key as string | number)]);
  return importProblem(
    'invalid-value',
    { expected: clip(issue.expected ?? issue.type), received: clip(issue.received) },
    path || '(document)',
  );
}

function* findDuplicateId(history: HistoryContents): Steps<ImportProblem | null> {
  for (const store of HISTORY_STORES) {
    const seen = new Set<string>();
    const records: ReadonlyArray<{ id: string }> = history[store];
    for (const [index, record] of records.entries()) {
      if (seen.has(record.id)) {
        return importProblem('duplicate-id', { store, id: record.id }, `history.${store}[${index}].id`);
      }
      seen.add(record.id);
      if (index % (STEP_RECORDS * 10) === 0) yield;
    }
  }
  return null;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return typeof value;
  }
}

/** Keeps quoted input short: a message should point at the problem, not repeat the file. */
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
