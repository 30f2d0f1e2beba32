import { useEffect, useRef, useState } from 'preact/hooks';
import type { PendingAct } from '@/utils/domain/acts/pending';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { useT } from '@/components/i18n';
import type { GiftAnswer } from '@/components/giving/gift-step';
import { lazyComponent } from '@/components/lazy';
import { MoodScale, type Mood } from './mood-scale';
import { UndoButton } from './undo-button';

// Only an act that costs money, once done, asks what was given: the step's code loads then.
const GiftStep = lazyComponent(() => import('@/components/giving/gift-step').then((m) => m.GiftStep));

/** Where the act stands in the panel. */
export type ActView = 'offer' | 'not-now' | 'pending' | 'giving' | 'finishing' | 'recorded' | 'undone' | 'let-go';

/** What the caller does when the person acts; each may reject with an Error whose message is shown. */
export interface ActPanelActions {
  /** *Do it*: open the act's link if it has a safe one, and mark it in progress. Resolves false if the link was refused. */
  start(act: ResolvedAct): Promise<boolean>;
  /** *Another idea*: a different act, or null when none fits. */
  another(currentId: string | null): Promise<ResolvedAct | null>;
  /** *Done*: record the act in progress, with what the person said they gave (null: nothing). */
  complete(note: string, moodAfter: Mood | null, given: GiftAnswer | null): Promise<void>;
  /** *Didn't get to it*. */
  letGo(): Promise<void>;
  /** *Not now* on the offered act (the panel then waits quietly; nothing else happens by default). */
  notNow?(): Promise<void>;
  /** *Undo* right after *Done*: takes the act just recorded (and its mood after) out of the journal. */
  undo?(): Promise<void>;
}

/** The popup's act, from suggestion through *Do it* to *Done*, with gentle ways out at each step. */
export function ActPanel(props: {
  offered: ResolvedAct | null;
  pending: PendingAct | null;
  actions: ActPanelActions;
  /** The giving plan's usual amount and currency; with it, a money act asks what was given. */
  gift?: { usualAmount: number; currency: string } | null;
  /** Each time the panel moves to another step (the popup hides its own mood scale under the *Done* form). */
  onView?: (view: ActView) => void;
}) {
  const t = useT();
  const [view, setView] = useState<ActView>(props.pending ? 'pending' : 'offer');
  const [offered, setOffered] = useState(props.offered);
  const [pending, setPending] = useState<ResolvedAct | null>(props.pending?.act ?? null);
  const [problem, setProblem] = useState('');
  const [note, setNote] = useState('');
  const [moodAfter, setMoodAfter] = useState<Mood | null>(null);
  // While a request runs its buttons are disabled, so a second click cannot send it again.
  const [busy, setBusy] = useState(false);
  const [given, setGiven] = useState<GiftAnswer | null>(null);
  // *Undo* is offered for a few seconds after *Done*; the status line then says it was taken back.
  const [undoable, setUndoable] = useState(false);
  const status = useRef<HTMLParagraphElement>(null);
  // Set when the focus was in the *Done* form as it went away, so it moves to the status line
  // (and *Undo* is one Tab on) instead of falling back to the top of the page.
  const focusStatus = useRef(false);

  async function attempt(work: () => Promise<void>) {
    if (busy) return;
    setProblem('');
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setProblem(t('actFailed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => props.onView?.(view), [view]);
  useEffect(() => {
    if (view !== 'recorded' || !focusStatus.current) return;
    focusStatus.current = false;
    status.current?.focus();
  }, [view]);

  const act = view === 'offer' || view === 'not-now' ? offered : pending;
  return (
    <section class="act-panel card" aria-labelledby="act-heading" data-view={view}>
      <h2 id="act-heading">
        {t(
          view === 'pending' || view === 'giving' || view === 'finishing'
            ? 'actInProgressHeading'
            : 'actSuggestedHeading',
        )}
      </h2>
      {act && (view === 'offer' || view === 'pending') && <ActDetails act={act} />}
      {act && (view === 'giving' || view === 'finishing') && <p class="act-title">{act.title}</p>}
      {view === 'offer' && !offered && <p>{t('actNoneFits')}</p>}
      {view === 'offer' && (
        <div class="actions">
          {offered && (
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() =>
                void attempt(async () => {
                  if (!(await props.actions.start(offered))) {
                    setProblem(t('nudgeCardLinkRefused'));
                    return;
                  }
                  setPending(offered);
                  setView('pending');
                })
              }
            >
              {t('nudgeCardDo')}
            </button>
          )}
          <button
            type="button"
            disabled={busy}
            onClick={() => void attempt(async () => setOffered(await props.actions.another(offered?.id ?? null)))}
          >
            {t('nudgeCardAnother')}
          </button>
          {offered && (
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setView('not-now');
                void attempt(async () => void (await props.actions.notNow?.()));
              }}
            >
              {t('nudgeCardNotNow')}
            </button>
          )}
        </div>
      )}
      {view === 'not-now' && (
        <>
          <p>{t('actNotNowText')}</p>
          <button type="button" onClick={() => setView('offer')}>
            {t('actShowIdea')}
          </button>
        </>
      )}
      {view === 'pending' && (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => setView(pending?.cost === 'money' && props.gift ? 'giving' : 'finishing')}
          >
            {t('actDone')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void attempt(async () => (await props.actions.letGo(), setView('let-go')))}
          >
            {t('actDidntGetTo')}
          </button>
        </div>
      )}
      {view === 'giving' && props.gift && (
        <GiftStep
          usualAmount={props.gift.usualAmount}
          currency={props.gift.currency}
          answer={(answer) => {
            setGiven(answer);
            setView('finishing');
          }}
        />
      )}
      {view === 'finishing' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const form = event.currentTarget;
            void attempt(async () => {
              await props.actions.complete(note.trim(), moodAfter, given);
              focusStatus.current = form.contains(document.activeElement);
              setView('recorded');
              setUndoable(true);
            });
          }}
        >
          <label for="act-note">{t('actNoteLabel')}</label>
          <textarea
            id="act-note"
            rows={2}
            maxLength={1000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <MoodScale name="mood-after" legend={t('actMoodAfterLegend')} value={moodAfter} onChoose={setMoodAfter} />
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('actSave')}
            </button>
            <button type="button" disabled={busy} onClick={() => setView('pending')}>
              {t('actCancel')}
            </button>
          </div>
        </form>
      )}
      {(view === 'recorded' || view === 'undone') && (
        <div class="recorded-row">
          {/* One live region for both, so "taken back" is announced where "recorded" was. */}
          <p role="status" ref={status} tabIndex={-1}>
            {t(view === 'undone' ? 'actUndone' : 'actRecorded')}
          </p>
          {view === 'recorded' && undoable && props.actions.undo && (
            <UndoButton
              label={t('undoAct')}
              undo={props.actions.undo}
              onUndone={(hadFocus) => {
                setUndoable(false);
                setView('undone');
                if (hadFocus) status.current?.focus();
              }}
              onExpired={() => setUndoable(false)}
            />
          )}
        </div>
      )}
      {view === 'let-go' && <p role="status">{t('actLetGo')}</p>}
      {problem && (
        <p class="status-problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function ActDetails({ act }: { act: ResolvedAct }) {
  const t = useT();
  return (
    <div class="act-details">
      <p class="act-title">{act.title}</p>
      <p class="hint act-meta">
        {t('nudgeCardMinutes', String(act.minutes))} · {t(act.cost === 'free' ? 'nudgeCardFree' : 'nudgeCardMoney')}
      </p>
      <p>{act.howTo}</p>
      {/* Folded, so the act and its buttons fit the popup; one click away. */}
      <details class="act-why muted">
        <summary>{t('actWhySummary')}</summary>
        {act.why}
      </details>
    </div>
  );
}
