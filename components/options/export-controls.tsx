import { useT } from '@/components/i18n';
import { SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

/** Two ways to take everything home: one JSON file that imports again, or CSV files for spreadsheets. */
export function ExportControls(props: { exportJson: () => Promise<unknown>; exportCsv: () => Promise<unknown> }) {
  const t = useT();
  const status = useSaveStatus();
  return (
    <div class="data-block" role="group" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('exportHeading')}</h3>
      <p>{t('exportText')}</p>
      <div class="actions">
        <button type="button" onClick={() => void status.run(props.exportJson, t('exportJsonDone'))}>
          {t('exportJsonButton')}
        </button>
        <button type="button" onClick={() => void status.run(props.exportCsv, t('exportCsvDone'))}>
          {t('exportCsvButton')}
        </button>
      </div>
      <SaveStatus id="export-status" state={status.state} />
    </div>
  );
}
