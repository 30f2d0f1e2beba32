import { useEffect, useState } from 'preact/hooks';
import type { PendingAct } from '../utils/domain/acts/pending';
import type { ResolvedAct } from '../utils/domain/acts/types';
import { useT } from './i18n';
import { MoodScale, type Mood } from './mood-scale';

/** Where the act stands in the panel. */
export type ActView = 'offer' | 'not-now' | 'pending' | 'finishing' | 'recorded' | 'let-go';

/** What the caller does when the person acts; each may reject with an Error whose message is shown. */
export interface ActPanelActions {
  /** *Do it*: open the act's link if it has a safe one, and mark it in progress. Resolves false if the link was refused. */
  start(act: ResolvedAct): Promise<boolean>;
  /** *Another idea*: a different act, or null when none fits. */
  another(currentId: string | null): Promise<ResolvedAct | null>;
  /** *Done*: record the act in progress. */
  complete(note: string, moodAfter: Mood | null): Promise<void>;
  /** *Didn't get to it*. */
  letGo(): Promise<void>;
  /** *Not now* on the offered act (the panel then waits quietly; nothing else happens by default). */
  notNow?(): Promise<void>;
}

/** The popup's act, from suggestion through *Do it* to *Done*, with gentle ways out at each step. */
export function ActPanel(props: {
  offered: ResolvedAct | null;
  pending: PendingAct | null;
  actions: ActPanelActions;
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

  async function attempt(work: () => Promise<void>) {
    setProblem('');
    try {
      await work();
    } catch (error) {
      setProblem(t('actFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  useEffect(() => props.onView?.(view), [view]);

  const act = view === 'offer' || view === 'not-now' ? offered : pending;
  return (
    <section class="act-panel card" aria-labelledby="act-heading" data-view={view}>
      <h2 id="act-heading">
        {t(view === 'pending' || view === 'finishing' ? 'actInProgressHeading' : 'actSuggestedHeading')}
      </h2>
      {act && (view === 'offer' || view === 'pending') && <ActDetails act={act} />}
      {act && view === 'finishing' && <p class="act-title">{act.title}</p>}
      {view === 'offer' && !offered && <p>{t('actNoneFits')}</p>}
      {view === 'offer' && (
        <div class="actions">
          {offered && (
            <button
              type="button"
              class="primary"
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
            onClick={() => void attempt(async () => setOffered(await props.actions.another(offered?.id ?? null)))}
          >
            {t('nudgeCardAnother')}
          </button>
          {offered && (
            <button
              type="button"
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
          <button type="button" class="primary" onClick={() => setView('finishing')}>
            {t('actDone')}
          </button>
          <button
            type="button"
            onClick={() => void attempt(async () => (await props.actions.letGo(), setView('let-go')))}
          >
            {t('actDidntGetTo')}
          </button>
        </div>
      )}
      {view === 'finishing' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void attempt(async () => (await props.actions.complete(note.trim(), moodAfter), setView('recorded')));
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
            <button type="submit" class="primary">
              {t('actSave')}
            </button>
            <button type="button" onClick={() => setView('pending')}>
              {t('actCancel')}
            </button>
          </div>
        </form>
      )}
      {view === 'recorded' && <p role="status">{t('actRecorded')}</p>}
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
