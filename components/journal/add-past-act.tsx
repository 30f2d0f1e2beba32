import { useState } from 'preact/hooks';
import { ActCategorySelect } from '@/components/act-category-select';
import type { PastAct } from '@/utils/domain/history/entry-edits';
import type { ActCategory } from '@/utils/domain/settings/schema';
import type { DayKey } from '@/utils/domain/stats/day-key';
import { useT } from '../i18n';
import type { JournalFormats } from './formats';

/**
 * "Add a kind act" done away from the computer: what, which kind, an optional note and the day
 * (today or earlier). `onAdd` resolves to false when the day was refused (in the future).
 */
export function AddPastAct(props: {
  today: DayKey;
  formats: JournalFormats;
  onAdd: (act: PastAct) => Promise<boolean>;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(props.today);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<ActCategory>('connect');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'idle' | 'busy' | 'added' | 'refused' | 'failed'>('idle');
  const [addedDay, setAddedDay] = useState(props.today);

  const submit = (event: Event) => {
    event.preventDefault();
    if (title.trim() === '') return;
    setStatus('busy');
    props.onAdd({ day, title, category, note }).then(
      (added) => {
        setStatus(added ? 'added' : 'refused');
        if (!added) return;
        setAddedDay(day);
        setTitle('');
        setNote('');
        setOpen(false);
      },
      () => setStatus('failed'),
    );
  };

  return (
    <div class="add-act">
      {!open && (
        <button type="button" onClick={() => setOpen(true)}>
          {t('addActButton')}
        </button>
      )}
      {open && (
        <form class="entry-form add-act-form" onSubmit={submit} aria-labelledby="add-act-heading">
          <h3 id="add-act-heading" class="subheading">
            {t('addActHeading')}
          </h3>
          <label for="add-act-title">{t('addActTitle')}</label>
          <input
            id="add-act-title"
            type="text"
            required
            maxLength={240}
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
          <label for="add-act-category">{t('addActCategory')}</label>
          <ActCategorySelect id="add-act-category" value={category} onChange={setCategory} />
          <label for="add-act-day">{t('addActDay')}</label>
          <input
            id="add-act-day"
            type="date"
            required
            max={props.today}
            value={day}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
          <label for="add-act-note">{t('addActNote')}</label>
          <textarea
            id="add-act-note"
            rows={2}
            maxLength={1000}
            value={note}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <div class="entry-form-buttons">
            <button type="submit" disabled={status === 'busy'}>
              {t('addActSave')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('entryCancel')}
            </button>
          </div>
        </form>
      )}
      <p class="muted" role="status">
        {status === 'added' && t('addActAdded', props.formats.longDay(addedDay))}
        {status === 'refused' && t('addActFuture')}
        {status === 'failed' && t('errorGeneric')}
      </p>
    </div>
  );
}
