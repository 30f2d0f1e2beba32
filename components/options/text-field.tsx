import type { MessageRef } from '@/utils/domain/acts/link-input';
import { useT } from '@/components/i18n';
import './settings.css';

/**
 * A labelled text input (or text area) of a form, with an optional hint and, when the value was
 * refused, the reason right below it (linked with `aria-describedby`, marked `aria-invalid`).
 */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  hint?: string;
  error?: MessageRef;
  multiline?: boolean;
  required?: boolean;
  /** Keyboard to offer on touch screens; the field stays plain text so Outward does the checking. */
  inputMode?: 'text' | 'url' | 'email' | 'tel';
  autoComplete?: string;
}) {
  const t = useT();
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    value: props.value,
    'aria-required': props.required ? true : undefined,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      props.onInput(event.currentTarget.value),
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea rows={2} {...common} />
      ) : (
        <input type="text" inputMode={props.inputMode} autoComplete={props.autoComplete ?? 'off'} {...common} />
      )}
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="hint status-problem field-error" id={errorId}>
          {t(props.error.key, props.error.substitutions)}
        </p>
      )}
    </div>
  );
}
