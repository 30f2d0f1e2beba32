import { HistoryUnavailableNotice } from '../../components/history-unavailable-notice';
import { useT } from '../../components/i18n';
import { Logo } from '../../components/logo';
import { useAsync } from '../../components/use-async';
import { getHistoryDb } from '../../utils/platform/history-status';
import { extensionPage } from '../../utils/platform/page';
import './style.css';

/** The toolbar popup: the person's check-in place. */
export function App() {
  const t = useT();
  const history = useAsync(getHistoryDb);
  return (
    <main id="main" class="popup">
      <header class="popup-header">
        <Logo size={24} />
        <h1>{t('popupGreeting')}</h1>
      </header>
      {history.status === 'ready' && !history.value.ok && <HistoryUnavailableNotice />}
      <p class="muted">{t('popupIntro')}</p>
      <nav class="popup-links" aria-label={t('extName')}>
        <a href={extensionPage('journal')} target="_blank" rel="noopener">
          {t('openJournal')}
        </a>
        <a href={extensionPage('options')} target="_blank" rel="noopener">
          {t('openOptions')}
        </a>
      </nav>
    </main>
  );
}
