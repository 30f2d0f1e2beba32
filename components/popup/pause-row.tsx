import { useState } from 'preact/hooks';
import type { PauseLength } from '@/components/options/pause-control';
import { useT } from '@/components/i18n';

/**
 * The popup's one-line pause: *Pause nudges* unfolds *for the rest of today* and *for an hour*; once
 * paused, until when and *Resume nudges*. `pause` and `resume` resolve with the new end (null: nudges on).
 */
export function PauseRow(props: {
  pausedUntil: number | null;
  /** Epoch ms, from the page. */
  now: number;
  formatTime: (epochMs: number) => string;
  pause: (length: PauseLength) => Promise<number | null>;
  resume: () => Promise<number | null>;
}) {
  const t = useT();
  const [until, setUntil] = useState(props.pausedUntil);
  const [problem, setProblem] = useState('');
  // The two lengths unfold from one *Pause nudges* button, so the popup spends one line on pausing.
  const [open, setOpen] = useState(false);
  const paused = until !== null && until > props.now;

  async function run(work: () => Promise<number | null>) {
    setProblem('');
    try {
      setUntil(await work());
      setOpen(false);
    } catch (error) {
      setProblem(t('actFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <div class="pause-row" role="group" aria-label={t('pauseHeading')}>
      <p role="status">{paused && t('pausedUntil', props.formatTime(until))}</p>
      {paused ? (
        <button type="button" class="link-button" onClick={() => void run(props.resume)}>
          {t('pauseResume')}
        </button>
      ) : !open ? (
        <button type="button" class="link-button" aria-expanded="false" onClick={() => setOpen(true)}>
          {t('pauseHeading')}
        </button>
      ) : (
        <>
          <button type="button" class="link-button" onClick={() => void run(() => props.pause('today'))}>
            {t('pauseToday')}
          </button>
          <button type="button" class="link-button" onClick={() => void run(() => props.pause('hour'))}>
            {t('pauseHour')}
          </button>
        </>
      )}
      {problem && (
        <p class="status-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
