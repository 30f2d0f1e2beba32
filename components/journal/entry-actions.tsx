import { useState } from 'preact/hooks';
import type { EntryEdit, EntryRef } from '@/utils/domain/history/entry-edits';
import type { JournalEntry } from '@/utils/domain/stats/journal-entries';
import { useT } from '../i18n';

/** What the timeline can do to an entry; each resolves once the change is stored. */
export interface EntryChanges {
  edit(edit: EntryEdit): Promise<void>;
  remove(ref: EntryRef): Promise<void>;
}

const MOODS = [1, 2, 3, 4, 5] as const;
type Mood = (typeof MOODS)[number];
const MOOD_WORDS = ['mood1', 'mood2', 'mood3', 'mood4', 'mood5'] as const;

/**
 * Edit and Delete for one entry. Editing opens a small form in place (an act's note, a check-in's
 * mood and note); Delete asks first, in words, and only then removes the entry and its figures.
 */
export function EntryActions({ entry, changes }: { entry: JournalEntry; changes: EntryChanges }) {
  const t = useT();
  const [mode, setMode] = useState<'idle' | 'edit' | 'confirm'>('idle');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const note = entry.kind === 'episode' ? '' : entry.record.note;
  const [draftNote, setDraftNote] = useState(note);
  const [draftMood, setDraftMood] = useState<Mood>(entry.kind === 'checkin' ? (entry.record.mood as Mood) : 3);
  const base = `entry-${entry.kind}-${entry.id}`;

  const run = (change: () => Promise<void>) => {
    setBusy(true);
    setFailed(false);
    change().then(
      () => {
        setBusy(false);
        setMode('idle');
      },
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (entry.kind === 'act') run(() => changes.edit({ kind: 'act', id: entry.id, note: draftNote }));
    if (entry.kind === 'checkin') {
      run(() => changes.edit({ kind: 'checkin', id: entry.id, note: draftNote, mood: draftMood }));
    }
  };

  return (
    <div class="entry-actions">
      {mode === 'idle' && (
        <>
          {entry.kind !== 'episode' && (
            <button type="button" class="link-button" onClick={() => setMode('edit')}>
              {t('entryEdit')}
            </button>
          )}
          <button type="button" class="link-button" onClick={() => setMode('confirm')}>
            {t('timelineDelete')}
          </button>
        </>
      )}
      {mode === 'confirm' && (
        <div class="entry-confirm" role="group" aria-labelledby={`${base}-confirm`}>
          <p id={`${base}-confirm`}>{t('timelineDeleteConfirm')}</p>
          <button type="button" class="danger" disabled={busy} onClick={() => run(() => changes.remove(entry))}>
            {t('timelineDeleteYes')}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('timelineDeleteKeep')}
          </button>
        </div>
      )}
      {mode === 'edit' && (
        <form class="entry-form" onSubmit={save}>
          {entry.kind === 'checkin' && (
            <>
              <label for={`${base}-mood`}>{t('timelineMoodLabel')}</label>
              <select
                id={`${base}-mood`}
                value={draftMood}
                onChange={(e) => setDraftMood(Number(e.currentTarget.value) as Mood)}
              >
                {MOODS.map((mood) => (
                  <option key={mood} value={mood}>
                    {t(MOOD_WORDS[mood - 1]!)}
                  </option>
                ))}
              </select>
            </>
          )}
          <label for={`${base}-note`}>{t('timelineNoteLabel')}</label>
          <textarea
            id={`${base}-note`}
            value={draftNote}
            maxLength={1000}
            rows={2}
            onInput={(e) => setDraftNote(e.currentTarget.value)}
          />
          <div class="entry-form-buttons">
            <button type="submit" disabled={busy}>
              {t('entrySaveChanges')}
            </button>
            <button type="button" onClick={() => setMode('idle')}>
              {t('entryCancel')}
            </button>
          </div>
        </form>
      )}
      {failed && (
        <p class="entry-failed" role="alert">
          {t('errorGeneric')}
        </p>
      )}
    </div>
  );
}
