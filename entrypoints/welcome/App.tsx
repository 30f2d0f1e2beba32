import { useT } from '../../components/i18n';
import { PageShell } from '../../components/page-shell';
import { extensionPage } from '../../utils/platform/page';

/** Opened once on install: what Outward does and what it never does. */
export function App() {
  const t = useT();
  return (
    <PageShell title={t('welcomeTitle')}>
      <p class="lead">{t('welcomeLead')}</p>
      <section class="card" aria-labelledby="never-heading">
        <h2 id="never-heading">{t('welcomeNeverHeading')}</h2>
        <ul>
          <li>{t('welcomeNeverText')}</li>
          <li>{t('welcomeNeverNetwork')}</li>
          <li>{t('welcomeNeverBlock')}</li>
        </ul>
      </section>
      <p>
        <a href={extensionPage('options')}>{t('openOptions')}</a>
      </p>
    </PageShell>
  );
}
