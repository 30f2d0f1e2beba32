import { useMemo, useState } from 'preact/hooks';
import { ActPanel, type ActView } from '@/components/popup/act-panel';
import { CrisisCard } from '@/components/popup/crisis-card';
import { HistoryUnavailableNotice } from '@/components/history-unavailable-notice';
import { HistoryWritesNotice } from '@/components/history-writes-notice';
import { useT } from '@/components/i18n';
import { Logo } from '@/components/logo';
import { MoodCheckin, type SavedCheckin } from '@/components/popup/mood-checkin';
import { Notice } from '@/components/notice';
import { GivenGlance } from '@/components/giving/given-glance';
import { OwnActForm, type OwnAct } from '@/components/popup/own-act-form';
import { PauseRow } from '@/components/popup/pause-row';
import { TodayGlance } from '@/components/popup/today-glance';
import { useAsync } from '@/components/use-async';
import { formatPauseTime, pauseEnd } from '@/components/pause-time';
import { sendMessage } from '@/utils/platform/messaging/client';
import { extensionPage } from '@/utils/platform/page';
import { localTimeZone } from '@/utils/platform/time-zone';
import { createPopupActions, dismissCrisisCard, loadPopup, type PopupData } from './data';
import './style.css';

/** Words a check-in time in the page's language: "14:02". */
function formatClock(epochMs: number): string {
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en', { hour: 'numeric', minute: '2-digit' }).format(
    epochMs,
  );
}

async function setPause(pausedUntil: number | null): Promise<number | null> {
  const { settings } = await sendMessage('settings/update', { patch: { nudges: { pausedUntil } } });
  return settings.nudges.pausedUntil;
}

/**
 * Records a kind act nobody offered, through the same two steps as any act (start, then done), so
 * it lands in the history like the others. Only offered while no act is in progress.
 */
async function recordOwnAct(own: OwnAct, title: string): Promise<void> {
  const act = {
    id: 'own',
    title,
    howTo: '',
    why: '',
    minutes: 1,
    cost: 'free',
    category: own.category,
    link: null,
  } as const;
  await sendMessage('act/start', { act, nudgeId: null });
  await sendMessage('act/complete', { note: own.note, moodAfter: null });
}

/**
 * The toolbar popup: check in, see today at a glance, and take (or leave) one small kind act.
 * `popup` and `checkin` are already loading when the page mounts, so reading overlaps the first render.
 */
export function App(props: {
  popup: Promise<PopupData>;
  checkin?: Promise<SavedCheckin | null>;
  settings?: Promise<{ pausedUntil: number | null }>;
}) {
  const t = useT();
  const data = useAsync(() => props.popup);
  const checkin = useAsync(() => props.checkin ?? Promise.resolve(null));
  const pause = useAsync(() => props.settings ?? Promise.resolve({ pausedUntil: null }));
  const [crisisHidden, setCrisisHidden] = useState(false);
  const [view, setView] = useState<ActView>('offer');
  const [own, setOwn] = useState<'closed' | 'open' | 'saved'>('closed');
  // Figures read again after each record, so they change the moment something is written.
  const [history, setHistory] = useState<PopupData['history'] | undefined>(undefined);
  const refreshFigures = () => void loadPopup().then((fresh) => setHistory(fresh.history));
  // One set of actions for the popup's life: they remember which nudge is still to be answered.
  const actions = useMemo(() => {
    const base = createPopupActions(data.status === 'ready' ? data.value.current.nudgeId : null);
    return {
      ...base,
      complete: async (...args: Parameters<typeof base.complete>) => {
        await base.complete(...args);
        refreshFigures();
      },
    };
  }, [data.status]);
  const shown = history !== undefined ? history : data.status === 'ready' ? data.value.history : null;

  return (
    <main id="main" class="popup">
      <header class="popup-header">
        <Logo size={22} />
        <h1>{t('popupGreeting')}</h1>
      </header>
      {/* One mood scale at a time: the *Done* form asks its own "How do you feel now?". */}
      {checkin.status !== 'loading' && view !== 'finishing' && own !== 'open' && (
        <MoodCheckin
          legend={t('popupGreeting')}
          initial={checkin.status === 'ready' ? checkin.value : null}
          now={() => Date.now()}
          formatTime={formatClock}
          save={async (mood, note, id) => {
            const { checkin: saved } = await sendMessage('checkin/save', { mood, note, id });
            return { id: saved.id, at: saved.at, mood, note: saved.note };
          }}
        />
      )}
      {data.status === 'failed' && <Notice tone="problem">{t('errorGeneric')}</Notice>}
      {data.status === 'ready' && (
        <>
          {data.value.history === null && <HistoryUnavailableNotice />}
          <HistoryWritesNotice status={data.value.outbox} />
          {shown?.showCrisis && !crisisHidden && (
            <CrisisCard onDismiss={() => void dismissCrisisCard().then(() => setCrisisHidden(true))} />
          )}
          {!data.value.watchingAnySite && own !== 'open' && (
            <Notice>
              {t('noSitesText')}{' '}
              <a href={extensionPage('welcome')} target="_blank" rel="noopener">
                {t('noSitesButton')}
              </a>
            </Notice>
          )}
          {own === 'open' && (
            <OwnActForm
              save={async (act) => {
                await recordOwnAct(act, act.forWhom ? t('ownActTitleFor', [act.title, act.forWhom]) : act.title);
                setOwn('saved');
                refreshFigures();
              }}
              onCancel={() => setOwn('closed')}
            />
          )}
          {own === 'saved' && <Notice>{t('actRecorded')}</Notice>}
          {/* Hidden, not unmounted, while the own-act form is open: the act on offer keeps its step. */}
          <div hidden={own === 'open'}>
            <ActPanel
              offered={data.value.current.offered}
              pending={data.value.current.pending}
              actions={actions}
              gift={data.value.giving.gift}
              onView={setView}
            />
          </div>
          {shown && own !== 'open' && <TodayGlance figures={shown.figures} streak={shown.streak} />}
          {own !== 'open' && <GivenGlance {...data.value.giving} />}
        </>
      )}
      <footer class="popup-footer">
        <div class="footer-actions">
          {data.status === 'ready' && own !== 'open' && view !== 'pending' && view !== 'finishing' && (
            <button type="button" class="link-button own-act-open" onClick={() => setOwn('open')}>
              {t('ownActButton')}
            </button>
          )}
          {pause.status === 'ready' && (
            <PauseRow
              pausedUntil={pause.value.pausedUntil}
              now={Date.now()}
              formatTime={(epochMs) => formatPauseTime(epochMs)}
              pause={(length) => setPause(pauseEnd(length, Date.now(), localTimeZone()))}
              resume={() => setPause(null)}
            />
          )}
        </div>
        <nav class="popup-links" aria-label={t('extName')}>
          <a href={extensionPage('journal')} target="_blank" rel="noopener">
            {t('openJournal')}
          </a>
          <a href={extensionPage('options')} target="_blank" rel="noopener">
            {t('openOptions')}
          </a>
        </nav>
      </footer>
    </main>
  );
}
