import type { Mood } from './mood-scale';

/** The mouth of each mood, as an SVG path on a 24 × 24 face: from a deep frown (1) to a wide smile (5). */
const MOUTHS: Record<Mood, string> = {
  1: 'M7.5 17.5 Q12 12.5 16.5 17.5',
  2: 'M8 16.5 Q12 14 16 16.5',
  3: 'M8 15.5 L16 15.5',
  4: 'M8 14.5 Q12 17.5 16 14.5',
  5: 'M7 13.5 Q12 19.5 17 13.5',
};

/**
 * A mood's face drawn inline (no emoji font needed), in the text colour so it follows the scheme and
 * the chosen state. Decoration only: the word beside it names the mood.
 */
export function MoodFace({ mood, size = 24 }: { mood: Mood; size?: number }) {
  return (
    <svg
      class="mood-face"
      data-mood={mood}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
    >
      <circle cx="12" cy="12" r="10" />
      <circle cx="8.5" cy="9.5" r="1.1" fill="currentColor" stroke="none" />
      <circle cx="15.5" cy="9.5" r="1.1" fill="currentColor" stroke="none" />
      <path d={MOUTHS[mood]} />
    </svg>
  );
}
