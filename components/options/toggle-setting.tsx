import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

/**
 * An on/off setting as a labelled checkbox that saves when changed and says "Saved". If the save
 * fails or is refused (say a permission was declined) the box goes back and the reason is shown.
 */
export function ToggleSetting(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  value: boolean;
  save: (value: boolean) => Promise<unknown>;
}) {
  const [checked, setChecked] = useState(props.value);
  const status = useSaveStatus();
  useEffect(() => setChecked(props.value), [props.value]);
  const hintId = `${props.id}-hint`;
  const statusId = `${props.id}-status`;

  async function change(next: boolean) {
    setChecked(next);
    if (!(await status.run(() => props.save(next)))) setChecked(!next);
  }

  return (
    <div class="field toggle">
      <div class="check">
        <input
          id={props.id}
          type="checkbox"
          checked={checked}
          aria-describedby={`${props.hint ? hintId : ''} ${statusId}`.trim()}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <label for={props.id}>{props.label}</label>
      </div>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <SaveStatus id={statusId} state={status.state} />
    </div>
  );
}
