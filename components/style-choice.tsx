import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../utils/domain/settings/schema';
import { useT } from './i18n';
import './style-choice.css';

type Style = Settings['nudges']['style'];

const STYLES = [
  { value: 'gentle', label: 'styleGentle', hint: 'styleGentleHint' },
  { value: 'standard', label: 'styleStandard', hint: 'styleStandardHint' },
  { value: 'firm', label: 'styleFirm', hint: 'styleFirmHint' },
] as const;

/** A radio group for the nudge ladder's style; saves on choice, says "Saved", follows changes made elsewhere. */
export function StyleChoice({
  value,
  legend,
  save,
}: {
  value: Style;
  legend: string;
  save: (style: Style) => Promise<unknown>;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<Style>(value);
  const [status, setStatus] = useState('');
  useEffect(() => setChosen(value), [value]);

  async function choose(style: Style) {
    setChosen(style);
    try {
      await save(style);
      setStatus(t('saved'));
    } catch (error) {
      setStatus(t('saveFailed', error instanceof Error ? error.message : String(error)));
    }
  }

  return (
    <fieldset class="choice-group">
      <legend>{legend}</legend>
      {STYLES.map((style) => (
        <div class="choice" key={style.value}>
          <input
            type="radio"
            id={`style-${style.value}`}
            name="nudge-style"
            value={style.value}
            checked={chosen === style.value}
            aria-describedby={`style-${style.value}-hint`}
            onChange={() => void choose(style.value)}
          />
          <label for={`style-${style.value}`}>{t(style.label)}</label>
          <p class="hint" id={`style-${style.value}-hint`}>
            {t(style.hint)}
          </p>
        </div>
      ))}
      <p class="hint status-ok" role="status">
        {status}
      </p>
    </fieldset>
  );
}
