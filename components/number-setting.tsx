import { useState } from 'preact/hooks';
import { useT } from './i18n';

type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'invalid' } | { kind: 'failed'; reason: string };

/**
 * A whole-number setting that saves as the person edits: values outside `min`–`max` are explained
 * next to the field and never sent; a successful save shows "Saved" (announced politely).
 */
export function NumberSetting(props: {
  id: string;
  label: string;
  hint?: string;
  min: number;
  max: number;
  value: number;
  save: (value: number) => Promise<unknown>;
}) {
  const t = useT();
  const [text, setText] = useState(String(props.value));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const hintId = `${props.id}-hint`;
  const statusId = `${props.id}-status`;

  async function commit(raw: string) {
    const value = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || value < props.min || value > props.max) {
      setState({ kind: 'invalid' });
      return;
    }
    try {
      await props.save(value);
      setState({ kind: 'saved' });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
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
        aria-describedby={`${props.hint ? hintId : ''} ${statusId}`.trim()}
        aria-invalid={state.kind === 'invalid'}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => void commit(event.currentTarget.value)}
      />
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <p id={statusId} class={state.kind === 'saved' ? 'hint status-ok' : 'hint status-problem'} role="status">
        {state.kind === 'saved' && t('saved')}
        {state.kind === 'invalid' && t('invalidNumber', [String(props.min), String(props.max)])}
        {state.kind === 'failed' && t('saveFailed', state.reason)}
      </p>
    </div>
  );
}
