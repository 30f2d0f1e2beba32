import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { SaveStatus, useSaveStatus } from './save-status';

interface CommonProps {
  id: string;
  label: ComponentChildren;
  hint?: string;
  /** Keep the hint for screen readers only (a placeholder already shows it). */
  hintHidden?: boolean;
  /** Shown in the empty field, e.g. the general value a blank one falls back to. */
  placeholder?: string;
  min: number;
  max: number;
}

/** Either a required number, or (with `allowBlank`) one that may be left empty to mean "none". */
type ValueProps =
  | { allowBlank?: false; value: number; save: (value: number) => Promise<unknown> }
  | { allowBlank: true; value: number | null; save: (value: number | null) => Promise<unknown> };

/**
 * A whole-number setting that saves as the person edits: values outside `min`–`max` are explained
 * next to the field and never sent; a successful save shows "Saved" (announced politely). A change
 * made elsewhere (another page) shows up here unless the person is in the middle of a correction.
 */
export function NumberSetting(props: CommonProps & ValueProps) {
  const t = useT();
  const shown = (value: number | null) => (value === null ? '' : String(value));
  const [text, setText] = useState(shown(props.value));
  const status = useSaveStatus();
  const [invalid, setInvalid] = useState(false);
  const hintId = `${props.id}-hint`;
  const statusId = `${props.id}-status`;

  useEffect(() => {
    if (!invalid) setText(shown(props.value));
  }, [props.value]);

  async function commit(raw: string) {
    if (props.allowBlank && raw.trim() === '') {
      setInvalid(false);
      const save = props.save;
      await status.run(() => save(null));
      return;
    }
    const value = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || value < props.min || value > props.max) {
      setInvalid(true);
      status.problem(t('invalidNumber', [String(props.min), String(props.max)]));
      return;
    }
    setInvalid(false);
    const save = props.save as (value: number) => Promise<unknown>;
    await status.run(() => save(value));
  }

  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={props.min}
        max={props.max}
        step={1}
        value={text}
        placeholder={props.placeholder}
        aria-describedby={`${props.hint ? hintId : ''} ${statusId}`.trim()}
        aria-invalid={invalid}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => void commit(event.currentTarget.value)}
      />
      {props.hint && (
        <p class={props.hintHidden ? 'visually-hidden' : 'hint'} id={hintId}>
          {props.hint}
        </p>
      )}
      <SaveStatus id={statusId} state={status.state} />
    </div>
  );
}
