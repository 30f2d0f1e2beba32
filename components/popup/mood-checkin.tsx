import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { MoodScale, type Mood } from './mood-scale';

/** A check-in as the popup knows it: enough to change it within the edit window. */
export interface SavedCheckin {
  id: string;
  mood: Mood;
  note: string;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

/**
 * "How are you feeling?": one tap saves; tapping again (or adding a note) within a few minutes
 * changes the same check-in, because `save` receives the id of the one just saved.
 */
export function MoodCheckin(props: {
  legend: string;
  save: (mood: Mood, note: string, id: string | null) => Promise<SavedCheckin>;
}) {
  const t = useT();
  const [saved, setSaved] = useState<SavedCheckin | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');

  async function save(mood: Mood, text: string) {
    try {
      setSaved(await props.save(mood, text, saved?.id ?? null));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
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
      <p role="status" class={status.kind === 'failed' ? 'hint status-problem' : 'hint'}>
        {status.kind === 'saved' && t('moodSaved')}
        {status.kind === 'failed' && t('moodSaveFailed', status.reason)}
      </p>
      {saved && !noteOpen && (
        <button type="button" class="link-button" onClick={() => setNoteOpen(true)}>
          {t('popupMoodNoteToggle')}
        </button>
      )}
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
