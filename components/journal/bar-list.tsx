import { scaleTo } from './scale';

/** One row of a bar list: its label, the value as written, and the value to scale. */
export interface BarRow {
  label: string;
  value: number;
  text: string;
}

/**
 * Horizontal bars drawn with HTML, one quantity: labels and figures are page text, so they wrap
 * and keep their size at any width (an SVG scaled to a narrow screen shrinks its text with it).
 * The list is one labelled image; the figures are also in a table beside it.
 */
export function BarList({ rows, label, tone = 'acts' }: { rows: BarRow[]; label: string; tone?: 'acts' | 'scroll' }) {
  const most = Math.max(0, ...rows.map((row) => row.value));
  return (
    <div class="bar-list" role="img" aria-label={label}>
      {rows.map((row) => (
        <div class="bar-row" key={row.label} aria-hidden="true">
          <span class="bar-label">{row.label}</span>
          <span class="bar-track">
            <span class="bar-space">
              <span class={`bar-fill bar-${tone}`} style={{ width: `${scaleTo(row.value, most, 100)}%` }} />
            </span>
            <span class="bar-value">{row.text}</span>
          </span>
        </div>
      ))}
    </div>
  );
}
