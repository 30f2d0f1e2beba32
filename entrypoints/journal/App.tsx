import { HistoryUnavailableNotice } from '../../components/history-unavailable-notice';
import { useT } from '../../components/i18n';
import { PageShell } from '../../components/page-shell';
import { useAsync } from '../../components/use-async';
import { getHistoryDb } from '../../utils/platform/history-status';

/** The journal: the person's own history of kind acts, episodes and check-ins. */
export function App() {
  const t = useT();
  const history = useAsync(getHistoryDb);
  return (
    <PageShell title={t('journalTitle')} wide>
      {history.status === 'ready' && !history.value.ok && <HistoryUnavailableNotice />}
      <p class="card">{t('journalEmpty')}</p>
    </PageShell>
  );
}
