import { useRef, useState } from 'preact/hooks';
import { CHECKIN_EDIT_WINDOW_MS } from '@/utils/domain/checkins';
import { useT } from '@/components/i18n';
import { MoodScale, type Mood } from './mood-scale';
import { UndoButton } from './undo-button';

/** A check-in as the popup knows it: enough to show it again and to change it within the edit window. */
export interface SavedCheckin {
  id: string;
  /** Epoch ms when it was first saved. */
  at: number;
  mood: Mood;
  note: string;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'undone' } | { kind: 'failed'; reason: string };

/**
 * "How are you feeling?": one tap saves; tapping again (or adding a note) within a few minutes
 * changes the same check-in, because `save` receives the id of the one just saved. Today's check-in
 * (`initial`) shows when the popup reopens: still editable inside the window, afterwards as one line
 * ("Checked in at 14:02 — Okay") with a way to check in again. With `undo`, each save is followed by
 * *Undo* for a few seconds, which removes that check-in.
 */
export function MoodCheckin(props: {
  legend: string;
  initial: SavedCheckin | null;
  /** Epoch ms, from the page. */
  now: () => number;
  formatTime: (epochMs: number) => string;
  save: (mood: Mood, note: string, id: string | null) => Promise<SavedCheckin>;
  /** After each save, with what was saved. */
  onSaved?: (checkin: SavedCheckin) => void;
  /** Removes the check-in with this id from the history; may reject with an Error whose message is shown. */
  undo?: (id: string) => Promise<void>;
  /** After *Undo* removed the check-in. */
  onUndone?: () => void;
}) {
  const t = useT();
  const [saved, setSaved] = useState<SavedCheckin | null>(props.initial);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState(props.initial?.note ?? '');
  // Counts saves: each one gets *Undo* with its own window (0: none offered).
  const [undoFor, setUndoFor] = useState(0);
  const statusLine = useRef<HTMLParagraphElement>(null);
  const editable = saved !== null && props.now() - saved.at <= CHECKIN_EDIT_WINDOW_MS;

  async function save(mood: Mood, text: string) {
    try {
      const checkin = await props.save(mood, text, editable ? (saved?.id ?? null) : null);
      setSaved(checkin);
      setStatus({ kind: 'saved' });
      setUndoFor((n) => n + 1);
      props.onSaved?.(checkin);
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  if (saved && !editable) {
    return (
      <section class="mood-checkin mood-checked-in" aria-label={props.legend}>
        <p>{t('popupCheckedInAt', [props.formatTime(saved.at), t(`mood${saved.mood}`)])}</p>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            setSaved(null);
            setNote('');
            setStatus({ kind: 'idle' });
          }}
        >
          {t('popupCheckInAgain')}
        </button>
      </section>
    );
  }

  return (
    <section class="mood-checkin" aria-label={props.legend}>
      <MoodScale
        name="mood-now"
        hideLegend
        legend={props.legend}
        value={saved?.mood ?? null}
        onChoose={(mood) => void save(mood, note)}
      />
      <div class="checkin-after">
        <p
          role="status"
          ref={statusLine}
          tabIndex={-1}
          class={status.kind === 'failed' ? 'hint status-problem' : 'hint'}
        >
          {status.kind === 'saved' && t('moodSaved')}
          {status.kind === 'undone' && t('moodUndone')}
          {status.kind === 'failed' && t('moodSaveFailed', status.reason)}
        </p>
        {/* Together, so they wrap as one beside (or under) the status line. */}
        <span class="checkin-buttons">
          {saved && undoFor > 0 && props.undo && (
            <UndoButton
              key={undoFor}
              label={t('undoCheckin')}
              undo={() => props.undo!(saved.id)}
              onUndone={(hadFocus) => {
                setSaved(null);
                setNote('');
                setNoteOpen(false);
                setUndoFor(0);
                setStatus({ kind: 'undone' });
                if (hadFocus) statusLine.current?.focus();
                props.onUndone?.();
              }}
              onExpired={() => setUndoFor(0)}
            />
          )}
          {saved && !noteOpen && (
            <button type="button" class="link-button" onClick={() => setNoteOpen(true)}>
              {t('popupMoodNoteToggle')}
            </button>
          )}
        </span>
      </div>
      {saved && noteOpen && (
        <form
          class="note-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save(saved.mood, note.trim());
          }}
        >
          <label for="mood-note">{t('popupMoodNoteLabel')}</label>
          <textarea
            id="mood-note"
            rows={2}
            maxLength={1000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit">{t('popupMoodNoteSave')}</button>
        </form>
      )}
    </section>
  );
}
