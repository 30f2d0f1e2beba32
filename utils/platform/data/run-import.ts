import { importProblem } from '@/utils/domain/data/import-problem';
import type { ImportOutcome } from '@/utils/domain/data/outcomes';
import { parseImportSteps, type ImportContents } from '@/utils/domain/data/parse-import';
import { createSerialQueue } from '@/utils/domain/serial-queue';
import type { Settings } from '@/utils/domain/settings/schema';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import { deferHistoryWrites, flushHistoryWrites } from '../db/history-writes';
import type { HistoryOpenResult } from '../db/open-history-db';
import { getHistoryDb } from '../history-status';
import { readSettings, updateSettings } from '../storage/settings-store';
import { localDayKeyOf } from '../time-zone';
import { importHistory, type MergeResult } from './import-history';
import type { ImportStaging } from './import-staging';
import { runInSlices } from './run-in-slices';

/** Runs a task in the background's mailbox (entrypoints/background/mailbox.ts). */
export type RunInMailbox = <T>(task: () => Promise<T> | T) => Promise<T>;

/** What an import needs from its surroundings; tests pass their own database, days, clock and mailbox. */
export interface ImportDeps {
  openDb?: () => Promise<HistoryOpenResult>;
  /** Local days for the roll-ups the import fills. */
  dayKeyOf?: DayKeyOf;
  now?: () => number;
  /** The background's mailbox; a queue of its own when not given. */
  mailbox?: RunInMailbox;
  /** Runs the file's checks; in time slices between other work when not given. */
  check?: typeof runInSlices;
}

/**
 * Imports an export file, all or nothing, without holding up the background: the whole file is
 * checked first, in slices between other messages, outside the mailbox (it reads no state). Then
 * one mailbox task replaces the settings with the file's when asked and starts the history merge
 * (one transaction with the roll-ups, idempotent by id), and lets the mailbox go on while the
 * merge writes: a scroll summary folds meanwhile, and history writes that would have waited
 * behind the merge wait in the outbox instead. A last task writes what waited and, if the merge
 * was refused, puts the earlier settings back. A file with any problem changes nothing; a refused
 * settings write changes nothing; a refused history write puts the earlier settings back (and
 * says so, in the rare case that fails too, or the settings were changed meanwhile).
 * Background only.
 */
export async function runImport(
  text: string,
  { restoreSettings }: { restoreSettings: boolean },
  {
    openDb = getHistoryDb,
    dayKeyOf = localDayKeyOf(),
    now = Date.now,
    mailbox = createSerialQueue(),
    check = runInSlices,
  }: ImportDeps = {},
): Promise<ImportOutcome> {
  const parsed = await check(parseImportSteps(text, { now: now() }));
  if (!parsed.ok) return parsed;
  const started = await mailbox(() => startMerge(parsed.contents, restoreSettings, openDb, dayKeyOf));
  if (!started.ok) return started;
  const merged = await started.merging;
  const settingsBack = await mailbox(() => finishMerge(started, merged));
  if (settingsBack) return { ok: false, problem: importProblem('settings-not-put-back', { reason: settingsBack }) };
  if (!merged.ok) return merged;
  const { added, alreadyPresent } = merged;
  return { ok: true, summary: parsed.summary, added, alreadyPresent, settingsRestored: restoreSettings };
}

/** A merge under way: its outcome to come, and what to undo or release when it ends. */
interface Merging {
  ok: true;
  merging: Promise<MergeResult>;
  /** The settings before the file's replaced them, and the file's as stored; null when kept. */
  settings: { earlier: Settings; stored: Settings } | null;
  release: () => void;
}

/** Mailbox task: the file's settings when asked, then the merge's transaction started (not awaited). */
async function startMerge(
  contents: ImportContents,
  restoreSettings: boolean,
  openDb: () => Promise<HistoryOpenResult>,
  dayKeyOf: DayKeyOf,
): Promise<Merging | Exclude<ImportOutcome, { ok: true }>> {
  const opened = await openDb();
  if (!opened.ok) return { ok: false, problem: importProblem('history-unavailable', { reason: opened.message }) };
  let settings: Merging['settings'] = null;
  if (restoreSettings) {
    const earlier = (await readSettings()).settings;
    const stored = await storeSettings(contents.settings);
    if (!stored.ok) return { ok: false, problem: importProblem('write-failed', { reason: stored.reason }) };
    settings = { earlier, stored: stored.settings };
  }
  const release = deferHistoryWrites();
  // Created synchronously by this call, so later tasks' history writes come after it.
  const merging = importHistory(opened.db, contents.history, dayKeyOf);
  return { ok: true, merging, settings, release };
}

/**
 * Mailbox task after the merge: history writes go to the database again and what waited is
 * written; a refused merge puts the earlier settings back. Why they could not go back, or null.
 */
async function finishMerge({ settings, release }: Merging, merged: MergeResult): Promise<string | null> {
  release();
  try {
    await flushHistoryWrites();
  } catch (error) {
    console.warn('[outward] history writes that waited for the import still wait', error);
  }
  if (merged.ok || !settings) return null;
  const reason = merged.problem.code === 'write-failed' ? merged.problem.params.reason : merged.problem.code;
  // A change made while the merge ran is the person's newest word: it stays.
  if (!sameSettings((await readSettings()).settings, settings.stored)) return `${reason}; settings changed meanwhile`;
  const back = await storeSettings(settings.earlier);
  return back.ok ? null : reason;
}

/** Stores whole settings through the same update as any other change: what was stored, or why it failed. */
async function storeSettings(
  settings: Settings,
): Promise<{ ok: true; settings: Settings } | { ok: false; reason: string }> {
  try {
    const result = await updateSettings(settings);
    return result.ok ? result : { ok: false, reason: `settings: ${result.problems.join('; ')}` };
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : String(error);
    return { ok: false, reason: `settings: ${name}` };
  }
}

function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Imports the file uploaded under `importId`; an upload that is gone (worker restarted) is `interrupted`. */
export function importUpload(
  staging: ImportStaging,
  importId: string,
  options: { restoreSettings: boolean },
  deps?: ImportDeps,
): Promise<ImportOutcome> {
  const text = staging.take(importId);
  if (text === undefined) return Promise.resolve({ ok: false, problem: importProblem('interrupted', {}) });
  return runImport(text, options, deps);
}
