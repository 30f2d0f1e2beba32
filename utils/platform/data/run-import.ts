import { importProblem } from '@/utils/domain/data/import-problem';
import type { ImportOutcome } from '@/utils/domain/data/outcomes';
import { parseImport } from '@/utils/domain/data/parse-import';
import type { Settings } from '@/utils/domain/settings/schema';
import type { HistoryDatabase, HistoryOpenResult } from '../db/open-history-db';
import { getHistoryDb } from '../history-status';
import { updateSettings } from '../storage/settings-store';
import { importHistory } from './import-history';
import type { ImportStaging } from './import-staging';

/** What an import needs from its surroundings; tests pass their own database. */
export interface ImportDeps {
  openDb?: () => Promise<HistoryOpenResult>;
  /** Runs after records were added, e.g. to rebuild data derived from them. */
  afterMerge?: (db: HistoryDatabase) => Promise<void>;
}

/**
 * Imports an export file: checks all of it, merges its history (one transaction, idempotent by id)
 * and, when asked, replaces the settings with the file's. A file with any problem changes nothing.
 * Background only.
 */
export async function runImport(
  text: string,
  { restoreSettings }: { restoreSettings: boolean },
  { openDb = getHistoryDb, afterMerge }: ImportDeps = {},
): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const opened = await openDb();
  if (!opened.ok) return { ok: false, problem: importProblem('history-unavailable', { reason: opened.message }) };

  const merged = await importHistory(opened.db, parsed.contents.history);
  if (!merged.ok) return merged;
  const { added, alreadyPresent } = merged;
  if (afterMerge && Object.values(added).some((count) => count > 0)) {
    // The records are safely stored by now; derived data can be rebuilt later, so this never fails the import.
    await afterMerge(opened.db).catch((error: unknown) => console.warn('[outward] after-import step failed', error));
  }

  const settingsRestored = restoreSettings && (await replaceSettings(parsed.contents.settings));
  return { ok: true, summary: parsed.summary, added, alreadyPresent, settingsRestored };
}

/** The file's settings, stored through the same serialised update as any other change. */
async function replaceSettings(settings: Settings): Promise<boolean> {
  const result = await updateSettings(settings);
  return result.ok;
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
