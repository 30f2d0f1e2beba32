import { spread, type Spread } from './stats';

/** A budget from DESIGN.md §8: the median must be at most (or at least) `value`. */
export interface Budget {
  op: '<=' | '>=';
  value: number;
}

/** One measured figure: its per-run values, or why it could not be measured. */
export interface Metric {
  /** Key in `bench/results.json`, e.g. `contentScript.selfMs`. */
  key: string;
  label: string;
  unit: string;
  values: number[];
  budget?: Budget;
  /** Set when the figure is not available in this build, with the reason. */
  na?: string;
  /** Context printed under the table (how it was measured, noise band, …). */
  note?: string;
}

/** What `bench/results.json` holds for one metric. */
export interface MetricResult extends Partial<Spread> {
  label: string;
  unit: string;
  values: number[];
  budget: string | null;
  pass: boolean | null;
  na?: string;
  note?: string;
}

/** Whether the median meets the budget; null when there is no budget or no value. */
export function meetsBudget(metric: Metric): boolean | null {
  if (!metric.budget || metric.values.length === 0) return null;
  const { median } = spread(metric.values);
  return metric.budget.op === '<=' ? median <= metric.budget.value : median >= metric.budget.value;
}

/** The JSON form of every metric, keyed by metric key. */
export function toResults(metrics: readonly Metric[]): Record<string, MetricResult> {
  const out: Record<string, MetricResult> = {};
  for (const metric of metrics) {
    out[metric.key] = {
      label: metric.label,
      unit: metric.unit,
      ...(metric.values.length > 0 ? roundSpread(spread(metric.values)) : {}),
      values: metric.values.map(round),
      budget: metric.budget ? `${metric.budget.op} ${metric.budget.value}` : null,
      pass: meetsBudget(metric),
      ...(metric.na ? { na: metric.na } : {}),
      ...(metric.note ? { note: metric.note } : {}),
    };
  }
  return out;
}

function roundSpread({ median, min, max, runs }: Spread): Spread {
  return { median: round(median), min: round(min), max: round(max), runs };
}

/** Rounds to at most four significant digits (and never more than three decimals). */
export function round(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const digits = Math.max(0, Math.min(3, 3 - Math.floor(Math.log10(Math.abs(value)))));
  return Number(value.toFixed(digits));
}

function show(value: number): string {
  const rounded = round(value);
  return Math.abs(rounded) >= 10_000 ? rounded.toLocaleString('en-US') : String(rounded);
}

/** The metrics as a fixed-width text table: median, min, max, unit, budget and a pass/miss mark. */
export function formatTable(metrics: readonly Metric[]): string {
  const header = ['Metric', 'median', 'min', 'max', 'unit', 'budget', ''];
  const rows = metrics.map((metric) => {
    const pass = meetsBudget(metric);
    const mark = pass === null ? '' : pass ? 'pass' : 'MISS';
    const budget = metric.budget ? `${metric.budget.op} ${show(metric.budget.value)}` : '';
    if (metric.values.length === 0) return [metric.label, metric.na ?? 'n/a', '', '', metric.unit, budget, ''];
    const { median, min, max } = spread(metric.values);
    return [metric.label, show(median), show(min), show(max), metric.unit, budget, mark];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 || column >= 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Notes of the metrics that have one, numbered by label, for under the table. */
export function formatNotes(metrics: readonly Metric[]): string {
  return metrics
    .filter((metric) => metric.note)
    .map((metric) => `- ${metric.label}: ${metric.note}`)
    .join('\n');
}
