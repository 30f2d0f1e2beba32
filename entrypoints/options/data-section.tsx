import { DeleteAllControl } from '@/components/options/delete-all-control';
import { ExportControls } from '@/components/options/export-controls';
import { HistoryUnavailableNotice } from '@/components/history-unavailable-notice';
import { useT } from '@/components/i18n';
import { ImportControls } from '@/components/options/import-controls';
import { useAsync } from '@/components/use-async';
import type { Settings } from '@/utils/domain/settings/schema';
import { sendMessage } from '@/utils/platform/messaging/client';
import { getHistoryDb } from '@/utils/platform/history-status';
import { importFile } from '@/utils/platform/data/import-client';
import { exportCsvFiles, exportJsonFile } from './export-files';

/** Your data: export (JSON and CSV), import with a check and a confirmation, delete everything. */
export function DataSection({ settings }: { settings: Settings }) {
  const t = useT();
  const history = useAsync(() => getHistoryDb());
  const formatDate = (epochMs: number) =>
    new Intl.DateTimeFormat(document.documentElement.lang || 'en', { dateStyle: 'medium' }).format(epochMs);
  return (
    <section id="data" class="card" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('sectionData')}</h2>
      {history.status === 'ready' && !history.value.ok && (
        <HistoryUnavailableNotice blocked={history.value.reason === 'blocked'} />
      )}
      <ExportControls exportJson={() => exportJsonFile(settings)} exportCsv={() => exportCsvFiles()} />
      <ImportControls
        formatDate={formatDate}
        importFile={(text, restoreSettings) => importFile(text, { restoreSettings })}
      />
      <DeleteAllControl deleteAll={() => sendMessage('data/delete-all', {})} />
    </section>
  );
}
