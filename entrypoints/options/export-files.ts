import { SaveRefused } from '@/components/options/save-status';
import { exportFileName, serializeExport } from '@/utils/domain/data/export-format';
import { historyToCsvFiles } from '@/utils/domain/data/history-csv';
import type { Settings } from '@/utils/domain/settings/schema';
import { exportEverything, readAllHistory } from '@/utils/platform/data/read-history';
import { saveTextFile } from '@/utils/platform/data/save-file';
import { getHistoryDb } from '@/utils/platform/history-status';
import { t } from '@/utils/platform/i18n';

/** Downloads everything (settings and all history) as one versioned JSON file that imports again. */
export async function exportJsonFile(settings: Settings): Promise<void> {
  const opened = await getHistoryDb();
  const now = Date.now();
  const doc = await exportEverything(opened.ok ? opened.db : null, settings, { now });
  saveTextFile(exportFileName(now), serializeExport(doc), 'application/json');
}

/** Downloads the history as four CSV files, one per kind of record, named like the JSON export. */
export async function exportCsvFiles(): Promise<void> {
  const opened = await getHistoryDb();
  if (!opened.ok) throw new SaveRefused(t('historyUnavailable'));
  const history = await readAllHistory(opened.db);
  const stem = exportFileName(Date.now()).replace(/\.json$/, '');
  for (const file of historyToCsvFiles(history))
    saveTextFile(`${stem}-${file.name}`, file.text, 'text/csv;charset=utf-8');
}
