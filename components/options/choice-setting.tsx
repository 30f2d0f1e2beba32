import { useEffect, useState } from 'preact/hooks';
import { SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

/** One choice of a `ChoiceSetting`: its stored value, visible label and a short explanation. */
export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

/** A setting with a few named choices, as a radio group that saves on choice and says "Saved". */
export function ChoiceSetting<V extends string>(props: {
  id: string;
  legend: string;
  choices: ReadonlyArray<Choice<V>>;
  value: V;
  save: (value: V) => Promise<unknown>;
}) {
  const [chosen, setChosen] = useState(props.value);
  const status = useSaveStatus();
  useEffect(() => setChosen(props.value), [props.value]);

  async function choose(next: V) {
    const before = chosen;
    setChosen(next);
    if (!(await status.run(() => props.save(next)))) setChosen(before);
  }

  return (
    <fieldset class="field choice-setting">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => {
        const id = `${props.id}-${choice.value}`;
        return (
          <div class="check" key={choice.value}>
            <input
              type="radio"
              id={id}
              name={props.id}
              value={choice.value}
              checked={chosen === choice.value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => void choose(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p class="hint" id={`${id}-hint`}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
      <SaveStatus id={`${props.id}-status`} state={status.state} />
    </fieldset>
  );
}
