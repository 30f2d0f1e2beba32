import { importProblem } from '@/utils/domain/data/import-problem';
import type { ImportOutcome } from '@/utils/domain/data/outcomes';
import { parseImport } from '@/utils/domain/data/parse-import';
import type { Settings } from '@/utils/domain/settings/schema';
import type { DayKeyOf } from '@/utils/domain/stats/day-key';
import type { HistoryOpenResult } from '../db/open-history-db';
import { getHistoryDb } from '../history-status';
import { readSettings, updateSettings } from '../storage/settings-store';
import { localDayKeyOf } from '../time-zone';
import { importHistory } from './import-history';
import type { ImportStaging } from './import-staging';

/** What an import needs from its surroundings; tests pass their own database, days and clock. */
export interface ImportDeps {
  openDb?: () => Promise<HistoryOpenResult>;
  /** Local days for the roll-ups the import fills. */
  dayKeyOf?: DayKeyOf;
  now?: () => number;
}

/**
 * Imports an export file, all or nothing: checks all of it, replaces the settings with the file's
 * when asked, then merges its history with its roll-ups (one transaction, idempotent by id). A
 * file with any problem changes nothing; a refused settings write changes nothing; a refused
 * history write puts the earlier settings back (and says so, in the rare case that fails too).
 * Background only.
 */
export async function runImport(
  text: string,
  { restoreSettings }: { restoreSettings: boolean },
  { openDb = getHistoryDb, dayKeyOf = localDayKeyOf(), now = Date.now }: ImportDeps = {},
): Promise<ImportOutcome> {
  const parsed = parseImport(text, { now: now() });
  if (!parsed.ok) return parsed;
  const opened = await openDb();
  if (!opened.ok) return { ok: false, problem: importProblem('history-unavailable', { reason: opened.message }) };

  const earlier = restoreSettings ? (await readSettings()).settings : null;
  if (restoreSettings) {
    const refused = await storeSettings(parsed.contents.settings);
    if (refused) return { ok: false, problem: importProblem('write-failed', { reason: refused }) };
  }
  const merged = await importHistory(opened.db, parsed.contents.history, dayKeyOf);
  if (!merged.ok) {
    if (earlier && (await storeSettings(earlier))) {
      const reason = merged.problem.code === 'write-failed' ? merged.problem.params.reason : merged.problem.code;
      return { ok: false, problem: importProblem('settings-not-put-back', { reason }) };
    }
    return merged;
  }
  const { added, alreadyPresent } = merged;
  return { ok: true, summary: parsed.summary, added, alreadyPresent, settingsRestored: restoreSettings };
}

/** Stores whole settings through the same serialised update as any other change; why it failed, or null. */
async function storeSettings(settings: Settings): Promise<string | null> {
  try {
    const result = await updateSettings(settings);
    return result.ok ? null : `settings: ${result.problems.join('; ')}`;
  } catch (error) {
    return `settings: ${error instanceof Error || error instanceof DOMException ? error.name : String(error)}`;
  }
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
