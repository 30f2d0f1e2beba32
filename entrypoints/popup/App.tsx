import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ActPanel, type ActView } from '@/components/popup/act-panel';
import { CrisisCard } from '@/components/popup/crisis-card';
import { HistoryUnavailableNotice } from '@/components/history-unavailable-notice';
import { HistoryWritesNotice } from '@/components/history-writes-notice';
import { useT } from '@/components/i18n';
import { lazyComponent } from '@/components/lazy';
import { Logo } from '@/components/logo';
import { MoodCheckin, type SavedCheckin } from '@/components/popup/mood-checkin';
import { Notice } from '@/components/notice';
import { GivenGlance } from '@/components/giving/given-glance';
import { PauseRow } from '@/components/popup/pause-row';
import { TodayGlance } from '@/components/popup/today-glance';
import { UndoButton } from '@/components/popup/undo-button';
import { useAsync } from '@/components/use-async';
import { formatPauseTime, pauseEnd } from '@/components/pause-time';
import { sendMessage } from '@/utils/platform/messaging/client';
import { extensionPage } from '@/utils/platform/page';
import { localTimeZone } from '@/utils/platform/time-zone';
import { createPopupActions, recordOwnAct, removeCheckin } from './actions';
import type { PopupData } from './data';
import './style.css';

// Only a click opens the own-act form: its code (and the list of act categories) loads then.
const OwnActForm = lazyComponent(() => import('@/components/popup/own-act-form').then((m) => m.OwnActForm));

/** The popup's figures read again; by the time anything is recorded, the code that reads them is loaded. */
async function reloadFigures(): Promise<Pick<PopupData, 'history' | 'giving'>> {
  const { loadPopup } = await import('./data');
  const { history, giving } = await loadPopup();
  return { history, giving };
}

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
  const [own, setOwn] = useState<'closed' | 'open' | 'saved' | 'undone'>('closed');
  // *Undo* for the own act just saved, while it is offered.
  const [ownUndo, setOwnUndo] = useState<(() => Promise<void>) | null>(null);
  const ownStatus = useRef<HTMLParagraphElement>(null);
  // Set when the focus was in the own-act form as it went away: it moves to the status line, *Undo* one Tab on.
  const focusOwnStatus = useRef(false);
  useEffect(() => {
    if (own !== 'saved' || !focusOwnStatus.current) return;
    focusOwnStatus.current = false;
    ownStatus.current?.focus();
  }, [own]);
  // The check-in saved (or taken back) in this popup, so the scale shows it when it comes back after the *Done* form.
  const [checkedIn, setCheckedIn] = useState<SavedCheckin | null | undefined>(undefined);
  // Figures read again after each record (and each *Undo*), so they change the moment something is written.
  const [fresh, setFresh] = useState<Pick<PopupData, 'history' | 'giving'> | undefined>(undefined);
  const refreshFigures = () =>
    void reloadFigures().then(setFresh, (error: unknown) =>
      console.warn('[outward] the figures could not be read again', error),
    );
  // One set of actions for the popup's life: they remember which nudge is still to be answered.
  const actions = useMemo(() => {
    const base = createPopupActions(data.status === 'ready' ? data.value.current.nudgeId : null);
    return {
      ...base,
      complete: async (...args: Parameters<typeof base.complete>) => {
        await base.complete(...args);
        refreshFigures();
      },
      undo: async () => {
        await base.undo?.();
        refreshFigures();
      },
    };
  }, [data.status]);
  const ready = data.status === 'ready' ? data.value : null;
  const shown = fresh?.history !== undefined ? fresh.history : (ready?.history ?? null);
  const giving = fresh?.giving ?? ready?.giving;
  const formOpen = own === 'open';

  return (
    <main id="main" class="popup">
      <header class="popup-header">
        <Logo size={22} />
        <h1>{t('popupGreeting')}</h1>
      </header>
      {/* One mood scale at a time: the *Done* form asks its own "How do you feel now?". */}
      {checkin.status !== 'loading' && view !== 'finishing' && !formOpen && (
        <MoodCheckin
          legend={t('popupGreeting')}
          initial={checkedIn !== undefined ? checkedIn : checkin.status === 'ready' ? checkin.value : null}
          now={() => Date.now()}
          formatTime={formatClock}
          save={async (mood, note, id) => {
            const { checkin: saved } = await sendMessage('checkin/save', { mood, note, id });
            return { id: saved.id, at: saved.at, mood, note: saved.note };
          }}
          onSaved={setCheckedIn}
          undo={removeCheckin}
          onUndone={() => {
            setCheckedIn(null);
            refreshFigures();
          }}
        />
      )}
      {data.status === 'failed' && <Notice tone="problem">{t('errorGeneric')}</Notice>}
      {ready && (
        <>
          {ready.history === null && <HistoryUnavailableNotice />}
          <HistoryWritesNotice status={ready.outbox} />
          {shown?.showCrisis && !crisisHidden && (
            <CrisisCard
              onDismiss={() =>
                void import('./data')
                  .then(({ dismissCrisisCard }) => dismissCrisisCard())
                  .then(() => setCrisisHidden(true))
              }
            />
          )}
          {!ready.watchingAnySite && !formOpen && (
            <Notice>
              {t('noSitesText')}{' '}
              <a href={extensionPage('welcome')} target="_blank" rel="noopener">
                {t('noSitesButton')}
              </a>
            </Notice>
          )}
          {formOpen && (
            <OwnActForm
              save={async (act) => {
                const undo = await recordOwnAct(
                  act,
                  act.forWhom ? t('ownActTitleFor', [act.title, act.forWhom]) : act.title,
                );
                focusOwnStatus.current = document.querySelector('.own-act')?.contains(document.activeElement) ?? false;
                setOwn('saved');
                setOwnUndo(() => undo);
                refreshFigures();
              }}
              onCancel={() => setOwn('closed')}
            />
          )}
          {(own === 'saved' || own === 'undone') && (
            <div class="notice notice-info recorded-row">
              <p role="status" ref={ownStatus} tabIndex={-1}>
                {t(own === 'undone' ? 'actUndone' : 'actRecorded')}
              </p>
              {own === 'saved' && ownUndo && (
                <UndoButton
                  label={t('undoAct')}
                  undo={async () => {
                    await ownUndo();
                    refreshFigures();
                  }}
                  onUndone={(hadFocus) => {
                    setOwn('undone');
                    setOwnUndo(null);
                    if (hadFocus) ownStatus.current?.focus();
                  }}
                  onExpired={() => setOwnUndo(null)}
                />
              )}
            </div>
          )}
          {/* Hidden, not unmounted, while the own-act form is open: the act on offer keeps its step. */}
          <div hidden={formOpen}>
            <ActPanel
              offered={ready.current.offered}
              pending={ready.current.pending}
              actions={actions}
              gift={ready.giving.gift}
              onView={setView}
            />
          </div>
          {shown && !formOpen && <TodayGlance figures={shown.figures} streak={shown.streak} />}
          {giving && !formOpen && <GivenGlance {...giving} />}
        </>
      )}
      <footer class="popup-footer">
        <div class="footer-actions">
          {ready && !formOpen && view !== 'pending' && view !== 'finishing' && (
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
