import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';

/**
 * How long *Undo* is offered after something is recorded (ms): long enough to notice a slip and
 * reach the button, short enough that it does not linger. The journal can remove an entry at any time.
 */
export const UNDO_WINDOW_MS = 8_000;

/**
 * *Undo* for what was just recorded. It never takes focus; it goes away after `UNDO_WINDOW_MS`,
 * but not while it has focus (it never vanishes from under the person's keyboard). `undo` may
 * reject with an Error whose message is shown, and the button stays for another try. Give it a new
 * `key` for each record, so each gets its own window.
 */
export function UndoButton(props: {
  /** The accessible name, which starts with the button's visible word ("Undo check-in"). */
  label: string;
  undo: () => Promise<void>;
  /** After `undo` succeeded; `hadFocus` when the button had focus, so the caller can put it somewhere sensible. */
  onUndone: (hadFocus: boolean) => void;
  /** When the window has passed (and the button is not focused). */
  onExpired: () => void;
}) {
  const t = useT();
  const button = useRef<HTMLButtonElement>(null);
  const [late, setLate] = useState(false);
  const [focused, setFocused] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setLate(true), UNDO_WINDOW_MS);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    if (late && !focused && !busy) props.onExpired();
  }, [late, focused, busy]);

  async function run() {
    if (busy) return;
    const hadFocus = document.activeElement === button.current;
    setBusy(true);
    setProblem('');
    try {
      await props.undo();
      props.onUndone(hadFocus);
    } catch (error) {
      setProblem(t('undoFailed', error instanceof Error ? error.message : String(error)));
      setBusy(false);
    }
  }

  return (
    <>
      {/* aria-disabled, not disabled: a disabled button would drop the focus it has while the request runs. */}
      <button
        ref={button}
        type="button"
        class="link-button undo-button"
        aria-label={props.label}
        aria-disabled={busy}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onClick={() => void run()}
      >
        {t('undoButton')}
      </button>
      {problem && (
        <span class="status-problem" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
