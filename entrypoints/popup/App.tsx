import { useMemo, useState } from 'preact/hooks';
import { ActPanel } from '@/components/popup/act-panel';
import { CrisisCard } from '@/components/popup/crisis-card';
import { HistoryUnavailableNotice } from '@/components/history-unavailable-notice';
import { HistoryWritesNotice } from '@/components/history-writes-notice';
import { useT } from '@/components/i18n';
import { Logo } from '@/components/logo';
import { MoodCheckin } from '@/components/popup/mood-checkin';
import { Notice } from '@/components/notice';
import { GivenGlance } from '@/components/giving/given-glance';
import { TodayGlance } from '@/components/popup/today-glance';
import { useAsync } from '@/components/use-async';
import { sendMessage } from '@/utils/platform/messaging/client';
import { extensionPage } from '@/utils/platform/page';
import { createPopupActions, dismissCrisisCard, type PopupData } from './data';
import './style.css';

/**
 * The toolbar popup: check in, see today at a glance, and take (or leave) one small kind act.
 * `popup` is already loading when the page mounts, so reading overlaps the first render.
 */
export function App({ popup }: { popup: Promise<PopupData> }) {
  const t = useT();
  const data = useAsync(() => popup);
  const [crisisHidden, setCrisisHidden] = useState(false);
  // One set of actions for the popup's life: they remember which nudge is still to be answered.
  const actions = useMemo(
    () => createPopupActions(data.status === 'ready' ? data.value.current.nudgeId : null),
    [data.status],
  );

  return (
    <main id="main" class="popup">
      <header class="popup-header">
        <Logo size={24} />
        <h1>{t('popupGreeting')}</h1>
      </header>
      <MoodCheckin
        legend={t('popupGreeting')}
        save={async (mood, note, id) => {
          const { checkin } = await sendMessage('checkin/save', { mood, note, id });
          return { id: checkin.id, mood, note: checkin.note };
        }}
      />
      {data.status === 'failed' && <Notice tone="problem">{t('errorGeneric')}</Notice>}
      {data.status === 'ready' && (
        <>
          {data.value.history === null && <HistoryUnavailableNotice />}
          <HistoryWritesNotice status={data.value.outbox} />
          {data.value.history?.showCrisis && !crisisHidden && (
            <CrisisCard onDismiss={() => void dismissCrisisCard().then(() => setCrisisHidden(true))} />
          )}
          {!data.value.watchingAnySite && (
            <Notice>
              {t('noSitesText')}{' '}
              <a href={extensionPage('welcome')} target="_blank" rel="noopener">
                {t('noSitesButton')}
              </a>
            </Notice>
          )}
          <ActPanel
            offered={data.value.current.offered}
            pending={data.value.current.pending}
            actions={actions}
            gift={data.value.giving.gift}
          />
          {data.value.history && (
            <TodayGlance figures={data.value.history.figures} streak={data.value.history.streak} />
          )}
          <GivenGlance {...data.value.giving} />
        </>
      )}
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
