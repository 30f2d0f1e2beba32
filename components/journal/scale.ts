/** A linear axis from 0 to `max` with evenly spaced, round tick values. */
export interface Axis {
  max: number;
  ticks: number[];
}

/**
 * A round axis that fits `value`: steps of 1, 2 or 5 times a power of ten, about `count` of them,
 * so labels read "0, 20, 40, 60" rather than "0, 17, 34, 51". An empty series gets 0 to 1.
 */
export function niceAxis(value: number, count = 4): Axis {
  const raw = Math.max(value, 1) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const wholeStep = Math.max(1, step);
  const max = Math.max(wholeStep, Math.ceil(value / wholeStep) * wholeStep);
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += wholeStep) ticks.push(tick);
  return { max, ticks };
}

/** Maps a value on [0, max] to a length on [0, size]. */
export function scaleTo(value: number, max: number, size: number): number {
  return max > 0 ? (value / max) * size : 0;
}
