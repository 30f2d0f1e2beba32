import { useRef } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

/** How long to pause every nudge: an hour, or until local midnight. */
export type PauseLength = 'hour' | 'today';

/**
 * Pause all nudges for an hour or for the rest of today, or resume them (a section of its own, at
 * the top of the options page). Says whether nudges are
 * on now and, when paused, until when (`formatTime` words the instant in the person's locale).
 */
export function PauseControl(props: {
  pausedUntil: number | null;
  /** Epoch ms, from the page. */
  now: number;
  formatTime: (epochMs: number) => string;
  pause: (length: PauseLength) => Promise<unknown>;
  resume: () => Promise<unknown>;
}) {
  const t = useT();
  const status = useSaveStatus();
  const first = useRef<HTMLButtonElement>(null);
  const paused = props.pausedUntil !== null && props.pausedUntil > props.now;

  async function resume() {
    // The button goes away once nudges are on again; keep keyboard focus inside the control.
    if (await status.run(() => props.resume())) first.current?.focus();
  }
  return (
    <div class="field pause-control" role="group" aria-labelledby="pause-heading">
      <h2 id="pause-heading">{t('pauseHeading')}</h2>
      <p>{paused ? t('pausedUntil', props.formatTime(props.pausedUntil ?? 0)) : t('pauseNudgesOn')}</p>
      <div class="actions">
        <button type="button" ref={first} onClick={() => void status.run(() => props.pause('hour'))}>
          {t('pauseHour')}
        </button>
        <button type="button" onClick={() => void status.run(() => props.pause('today'))}>
          {t('pauseToday')}
        </button>
        {paused && (
          <button type="button" onClick={() => void resume()}>
            {t('pauseResume')}
          </button>
        )}
      </div>
      <SaveStatus id="pause-status" state={status.state} />
    </div>
  );
}
