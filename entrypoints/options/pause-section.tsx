import { useEffect, useState } from 'preact/hooks';
import { PauseControl } from '@/components/options/pause-control';
import { formatPauseTime, pauseEnd } from '@/components/pause-time';
import type { Settings } from '@/utils/domain/settings/schema';
import { localTimeZone } from '@/utils/platform/time-zone';
import type { SaveSettings } from './use-live-settings';

/**
 * *Pause nudges* at the top of the page, where a person who has had enough finds it at once: for
 * an hour, for the rest of today, or resume.
 */
export function PauseSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const { pausedUntil } = settings.nudges;
  const now = useNowUntil(pausedUntil);
  return (
    <section id="pause" class="card pause-section" aria-labelledby="pause-heading">
      <PauseControl
        pausedUntil={pausedUntil}
        now={now}
        formatTime={(epochMs) => formatPauseTime(epochMs)}
        pause={(length) => save({ nudges: { pausedUntil: pauseEnd(length, Date.now(), localTimeZone()) } })}
        resume={() => save({ nudges: { pausedUntil: null } })}
      />
    </section>
  );
}

/** Longest delay `setTimeout` honours (ms); later pauses are rechecked after this long. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** The current time, refreshed when a pause ends, so "paused until" turns back to "on" by itself. */
function useNowUntil(pausedUntil: number | null): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (pausedUntil === null || pausedUntil <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), Math.min(pausedUntil - Date.now() + 50, MAX_TIMEOUT_MS));
    return () => clearTimeout(timer);
  }, [pausedUntil, now]);
  return now;
}
