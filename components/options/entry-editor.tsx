import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntryInput, FieldErrors } from '@/utils/domain/settings/entry-input';
import { useT } from '@/components/i18n';
import { SaveRefused, SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

/** Words an `EntryEditor` shows; the editor adds the item's name where needed. */
export interface EntryEditorText {
  heading: string;
  intro?: string;
  empty: string;
  addHeading: string;
  addButton: string;
  /** Heading of the form while editing, e.g. "Edit Ana". */
  editHeading: (name: string) => string;
  full: string;
}

/** Everything an `EntryEditor` needs to list, check and store one kind of entry. */
export interface EntryEditorProps<T extends { id: string }, D, F extends string> {
  /** Prefix of element ids, e.g. `person` gives `person-name`. */
  idPrefix: string;
  text: EntryEditorText;
  items: readonly T[];
  max: number;
  nameOf: (item: T) => string;
  /** The item as shown in the list: plain text only. */
  describe: (item: T) => ComponentChildren;
  emptyDraft: D;
  toDraft: (item: T) => D;
  parse: (draft: D, id: string) => EntryInput<T, F>;
  /** The form's fields for a draft, with a setter and the problems to show beside each. */
  fields: (draft: D, set: (patch: Partial<D>) => void, errors: FieldErrors<F>) => ComponentChildren;
  newId: () => string;
  save: (items: T[]) => Promise<unknown>;
}

/**
 * A list of the person's own entries (people, causes, acts) with Edit and Remove on each, and one
 * form that adds a new entry (folded behind *Add a person / cause / act*) or changes the one being edited. Input is checked before anything is
 * saved: problems are shown beside their fields and focus moves to the first one.
 */
export function EntryEditor<T extends { id: string }, D, F extends string>(props: EntryEditorProps<T, D, F>) {
  const t = useT();
  const { idPrefix, text } = props;
  const [editing, setEditing] = useState<T | null>(null);
  // The add form stays folded behind its button until the person asks for it.
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState<D>(props.emptyDraft);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const status = useSaveStatus();
  const form = useRef<HTMLFormElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<'first' | 'invalid' | 'add' | null>(null);

  useEffect(() => {
    if (focusTarget === 'add') {
      // The form folded away after a save or a cancel: keep keyboard focus where it was.
      addButton.current?.focus();
      setFocusTarget(null);
      return;
    }
    if (!focusTarget || !form.current) return;
    const selector = focusTarget === 'invalid' ? '[aria-invalid="true"]' : 'input, textarea, select';
    form.current.querySelector<HTMLElement>(selector)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function startEdit(item: T) {
    setEditing(item);
    setDraft(props.toDraft(item));
    setErrors({});
    status.reset();
    setFocusTarget('first');
  }

  function startAdd() {
    setAdding(true);
    status.reset();
    setFocusTarget('first');
  }

  function stopEdit() {
    setEditing(null);
    setAdding(false);
    setDraft(props.emptyDraft);
    setErrors({});
  }

  async function submit() {
    const parsed = props.parse(draft, editing?.id ?? props.newId());
    if (!parsed.ok) {
      setErrors(parsed.errors);
      status.problem(t('entryFixFields'));
      setFocusTarget('invalid');
      return;
    }
    setErrors({});
    const item = parsed.value;
    const next = editing ? props.items.map((i) => (i.id === item.id ? item : i)) : [...props.items, item];
    const saved = await status.run(async () => {
      if (!editing && props.items.length >= props.max) throw new SaveRefused(text.full);
      await props.save(next);
    });
    if (saved) {
      stopEdit();
      setFocusTarget('add');
    }
  }

  async function remove(item: T) {
    const saved = await status.run(
      () => props.save(props.items.filter((i) => i.id !== item.id)),
      t('entryRemoved', props.nameOf(item)),
    );
    if (saved && editing?.id === item.id) stopEdit();
    // The removed row's button is gone; keep keyboard focus in this part of the page.
    if (saved) listHeading.current?.focus();
  }

  const headingId = `${idPrefix}-heading`;
  const formHeadingId = `${idPrefix}-form-heading`;
  return (
    <section class="entry-editor" aria-labelledby={headingId}>
      <h3 id={headingId} ref={listHeading} tabIndex={-1}>
        {text.heading}
      </h3>
      {text.intro && <p class="hint">{text.intro}</p>}
      {props.items.length === 0 ? (
        <p class="muted">{text.empty}</p>
      ) : (
        <ul class="entry-list">
          {props.items.map((item) => (
            <li key={item.id}>
              <div class="entry-text">{props.describe(item)}</div>
              <div class="actions">
                <button type="button" onClick={() => startEdit(item)}>
                  {t('entryEdit')}
                  <span class="visually-hidden"> {props.nameOf(item)}</span>
                </button>
                <button type="button" onClick={() => void remove(item)}>
                  {t('entryRemove')}
                  <span class="visually-hidden"> {props.nameOf(item)}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {!editing && !adding && (
        <button type="button" class="entry-add" ref={addButton} onClick={startAdd}>
          {text.addHeading}
        </button>
      )}
      {(editing || adding) && (
        <form
          ref={form}
          class="entry-form"
          aria-labelledby={formHeadingId}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h4 id={formHeadingId}>{editing ? text.editHeading(props.nameOf(editing)) : text.addHeading}</h4>
          {props.fields(draft, (patch) => setDraft((current) => ({ ...current, ...patch })), errors)}
          <div class="actions">
            <button type="submit" class="primary">
              {editing ? t('entrySaveChanges') : text.addButton}
            </button>
            <button type="button" onClick={stopEdit}>
              {t('entryCancel')}
            </button>
          </div>
        </form>
      )}
      <SaveStatus id={`${idPrefix}-status`} state={status.state} />
    </section>
  );
}
