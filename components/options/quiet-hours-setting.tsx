import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/utils/domain/settings/schema';
import { useT } from '@/components/i18n';
import { SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

type QuietHours = Settings['nudges']['quietHours'];

const CLOCK = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

/**
 * Quiet hours: on/off and a start and end time. An end earlier than the start runs past midnight
 * (22:00 to 07:00). Each change saves at once; a time that is not a valid `HH:MM` is not sent.
 */
export function QuietHoursSetting(props: { value: QuietHours; save: (value: QuietHours) => Promise<unknown> }) {
  const t = useT();
  const [draft, setDraft] = useState(props.value);
  const [invalid, setInvalid] = useState(false);
  const status = useSaveStatus();
  useEffect(() => setDraft(props.value), [props.value.enabled, props.value.start, props.value.end]);

  async function change(patch: Partial<QuietHours>) {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (!CLOCK.test(next.start) || !CLOCK.test(next.end)) {
      setInvalid(true);
      status.problem(t('quietHoursInvalid'));
      return;
    }
    setInvalid(false);
    await status.run(() => props.save(next));
  }

  return (
    <fieldset class="field quiet-hours">
      <legend>{t('quietHoursLegend')}</legend>
      <div class="check">
        <input
          id="quiet-hours-enabled"
          type="checkbox"
          checked={draft.enabled}
          onChange={(event) => void change({ enabled: event.currentTarget.checked })}
        />
        <label for="quiet-hours-enabled">{t('quietHoursEnabled')}</label>
      </div>
      <div class="time-range">
        {(['start', 'end'] as const).map((edge) => (
          <div key={edge}>
            <label for={`quiet-hours-${edge}`}>{t(edge === 'start' ? 'quietHoursStart' : 'quietHoursEnd')}</label>
            <input
              id={`quiet-hours-${edge}`}
              type="time"
              required
              value={draft[edge]}
              aria-invalid={invalid}
              aria-describedby="quiet-hours-hint quiet-hours-status"
              onChange={(event) => void change({ [edge]: event.currentTarget.value })}
            />
          </div>
        ))}
      </div>
      <p class="hint" id="quiet-hours-hint">
        {t('quietHoursHint')}
      </p>
      <SaveStatus id="quiet-hours-status" state={status.state} />
    </fieldset>
  );
}
