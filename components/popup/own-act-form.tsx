import { useState } from 'preact/hooks';
import { ActCategorySelect } from '@/components/act-category-select';
import { useT } from '@/components/i18n';
import type { ActCategory } from '@/utils/domain/settings/schema';

/** A kind act the person did without being offered it, as they word it. */
export interface OwnAct {
  title: string;
  category: ActCategory;
  /** Whom it was for (a person or a cause), or empty. */
  forWhom: string;
  note: string;
}

/**
 * "I did something kind on my own": what they did, which kind of act, optionally for whom and a
 * note; saved like any act done. `save` may reject with an Error whose message is shown.
 */
export function OwnActForm(props: { save: (act: OwnAct) => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<ActCategory>('connect');
  const [forWhom, setForWhom] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');

  async function submit() {
    if (title.trim() === '') {
      setProblem(t('fieldRequired'));
      return;
    }
    setProblem('');
    try {
      await props.save({ title: title.trim(), category, forWhom: forWhom.trim(), note: note.trim() });
    } catch (error) {
      setProblem(t('actFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <form
      class="own-act card"
      aria-labelledby="own-act-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="own-act-heading">{t('ownActHeading')}</h2>
      <label for="own-act-title">{t('ownActTitleLabel')}</label>
      <input
        id="own-act-title"
        type="text"
        required
        maxLength={200}
        value={title}
        aria-invalid={problem !== '' && title.trim() === ''}
        onInput={(e) => setTitle(e.currentTarget.value)}
      />
      <div class="own-act-row">
        <div>
          <label for="own-act-category">{t('ownActCategoryLabel')}</label>
          <ActCategorySelect id="own-act-category" value={category} onChange={setCategory} />
        </div>
        <div>
          <label for="own-act-for">{t('ownActForLabel')}</label>
          <input
            id="own-act-for"
            type="text"
            maxLength={30}
            value={forWhom}
            onInput={(e) => setForWhom(e.currentTarget.value)}
          />
        </div>
      </div>
      <label for="own-act-note">{t('actNoteLabel')}</label>
      <textarea
        id="own-act-note"
        rows={2}
        maxLength={1000}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="primary">
          {t('actSave')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('actCancel')}
        </button>
      </div>
      {problem && (
        <p class="status-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
