import { useT } from '@/components/i18n';
import { MoodFace } from './mood-face';
import './mood-scale.css';

/** A mood from 1 (lowest) to 5. */
export type Mood = 1 | 2 | 3 | 4 | 5;

const LEVELS = [
  { mood: 1, label: 'mood1' },
  { mood: 2, label: 'mood2' },
  { mood: 3, label: 'mood3' },
  { mood: 4, label: 'mood4' },
  { mood: 5, label: 'mood5' },
] as const;

/**
 * The 1–5 mood check-in as a radio group: each choice is named in words (the face is decoration,
 * hidden from screen readers), arrow keys move between choices, and choosing one calls `onChoose`.
 */
export function MoodScale(props: {
  name: string;
  legend: string;
  /** Keep the legend for screen readers only, when a visible heading already asks the question. */
  hideLegend?: boolean;
  value: Mood | null;
  onChoose: (mood: Mood) => void;
}) {
  const t = useT();
  return (
    <fieldset class="mood-scale">
      <legend class={props.hideLegend ? 'visually-hidden' : undefined}>{props.legend}</legend>
      <div class="mood-options">
        {LEVELS.map((level) => {
          const id = `${props.name}-${level.mood}`;
          return (
            <div class="mood-option" key={level.mood}>
              <input
                type="radio"
                id={id}
                name={props.name}
                value={level.mood}
                checked={props.value === level.mood}
                onChange={() => props.onChoose(level.mood)}
              />
              <label for={id}>
                <MoodFace mood={level.mood} size={22} />
                <span class="mood-word">{t(level.label)}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
