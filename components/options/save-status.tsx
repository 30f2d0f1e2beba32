import { useState } from 'preact/hooks';
import { useT } from '@/components/i18n';

/** What the last change to a setting came to: nothing yet, saved, or a message saying why not. */
export type SaveState = { kind: 'idle' } | { kind: 'saved'; message?: string } | { kind: 'problem'; message: string };

/** A refusal the caller has already worded for the person (shown as it is, not as "Could not save"). */
export class SaveRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveRefused';
  }
}

/**
 * State for one control's save status. `run` performs a save and records "Saved" (or a success
 * message, possibly worded from the result), or the reason it failed; it resolves to whether the
 * save went through.
 */
export function useSaveStatus() {
  const t = useT();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  async function run<R>(work: () => Promise<R>, savedMessage?: string | ((result: R) => string)): Promise<boolean> {
    try {
      const result = await work();
      setState({ kind: 'saved', message: typeof savedMessage === 'function' ? savedMessage(result) : savedMessage });
      return true;
    } catch (error) {
      const message =
        error instanceof SaveRefused
          ? error.message
          : t('saveFailed', error instanceof Error ? error.message : String(error));
      setState({ kind: 'problem', message });
      return false;
    }
  }
  return {
    state,
    run,
    problem: (message: string) => setState({ kind: 'problem', message }),
    reset: () => setState({ kind: 'idle' }),
  };
}

/** The polite live region beside a control: "Saved" in the calm colour, problems in the warning colour. */
export function SaveStatus({ id, state }: { id: string; state: SaveState }) {
  const t = useT();
  return (
    <p id={id} class={state.kind === 'problem' ? 'hint status-problem' : 'hint status-ok'} role="status">
      {state.kind === 'saved' && (state.message ?? t('saved'))}
      {state.kind === 'problem' && state.message}
    </p>
  );
}
