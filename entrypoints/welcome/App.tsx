import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { GivingPlan } from '@/components/giving/giving-plan';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { StyleChoice } from '@/components/style-choice';
import { useAsync } from '@/components/use-async';
import { SitePicker } from '@/components/welcome/site-picker';
import { DEFAULT_WATCHED_HOSTS } from '@/utils/domain/settings/defaults';
import type { Settings } from '@/utils/domain/settings/schema';
import { uiLanguage } from '@/utils/platform/locale';
import { sendMessage } from '@/utils/platform/messaging/client';
import { extensionPage } from '@/utils/platform/page';
import { requestSiteAccess } from '@/utils/platform/permissions';
import './style.css';

type Access = { kind: 'idle' } | { kind: 'granted' } | { kind: 'declined' } | { kind: 'failed'; reason: string };

/** Opened once on install: what Outward does and never does, the sites the person picks, asked for in one prompt, nudge style. */
export function App() {
  const t = useT();
  const loaded = useAsync(() => sendMessage('settings/get', {}));
  const [access, setAccess] = useState<Access>({ kind: 'idle' });
  // The plan shows each saved change at once; the worker's reply is the settings as stored.
  const [saved, setSaved] = useState<Settings | null>(null);
  const settings = saved ?? (loaded.status === 'ready' ? loaded.value.settings : null);

  const [count, setCount] = useState(0);

  /** Asks for exactly the chosen sites; once allowed, they are the sites Outward watches. */
  async function allowSites(hosts: string[]) {
    try {
      if (!(await requestSiteAccess(hosts))) {
        setAccess({ kind: 'declined' });
        return;
      }
      const watchedSites = hosts.map((host) => ({ host, enabled: true, minutesBeforeNudge: null }));
      await sendMessage('settings/update', { patch: { watchedSites } });
      setCount(hosts.length);
      setAccess({ kind: 'granted' });
    } catch (error) {
      setAccess({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <PageShell title={t('welcomeTitle')}>
      <p class="lead">{t('welcomeLead')}</p>
      <section class="card" aria-labelledby="how-heading">
        <h2 id="how-heading">{t('welcomeHowHeading')}</h2>
        <ol>
          <li>{t('welcomeHowNotice')}</li>
          <li>{t('welcomeHowOffer')}</li>
          <li>{t('welcomeHowRemember')}</li>
        </ol>
      </section>
      <section class="card" aria-labelledby="never-heading">
        <h2 id="never-heading">{t('welcomeNeverHeading')}</h2>
        <ul>
          <li>{t('welcomeNeverText')}</li>
          <li>{t('welcomeNeverNetwork')}</li>
          <li>{t('welcomeNeverBlock')}</li>
        </ul>
      </section>
      <section class="card" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('welcomeSitesHeading')}</h2>
        <p>{t('welcomeSitesPick')}</p>
        <SitePicker suggested={DEFAULT_WATCHED_HOSTS} allow={allowSites} />
        <div aria-live="polite">
          {access.kind === 'granted' && <Notice>{t('welcomeSitesGranted', String(count))}</Notice>}
          {access.kind === 'declined' && <Notice>{t('welcomeSitesDeclined')}</Notice>}
          {access.kind === 'failed' && <Notice tone="problem">{t('welcomeSitesFailed', access.reason)}</Notice>}
        </div>
      </section>
      {loaded.status === 'ready' && (
        <section class="card" aria-labelledby="style-heading">
          <h2 id="style-heading">{t('welcomeStyleHeading')}</h2>
          <StyleChoice
            legend={t('welcomeStyleHeading')}
            value={loaded.value.settings.nudges.style}
            save={(style) => sendMessage('settings/update', { patch: { nudges: { style } } })}
          />
        </section>
      )}
      {settings && (
        <section class="card" aria-labelledby="giving-heading">
          <h2 id="giving-heading">{t('givingHeading')}</h2>
          <GivingPlan
            settings={settings}
            locale={uiLanguage()}
            save={async (patch) => setSaved((await sendMessage('settings/update', { patch })).settings)}
          />
        </section>
      )}
      <p>
        {t('welcomeDoneText')} <a href={extensionPage('options')}>{t('openOptions')}</a>
      </p>
    </PageShell>
  );
}
