import type { Bin, BinSize } from '@/utils/domain/stats/bins';
import type { JournalFormats } from './formats';
import { niceAxis, scaleTo } from './scale';
import './charts.css';

/** What one small chart draws: minutes of fast scrolling or kind acts, per bin. */
export type BinQuantity = 'doomMinutes' | 'acts';

/** The label of a bin on an axis or in a table: its day, the day its week starts, or its month. */
export function binLabel(bin: Bin, size: BinSize, formats: JournalFormats): string {
  return size === 'month' ? formats.shortMonth(bin.from) : formats.shortDay(bin.from);
}

/**
 * One small chart of a small-multiples pair: one quantity, its own axis from zero, vertical bars
 * drawn with HTML so the text keeps its size from 360 px wide up. The first and last bins are
 * labelled on the time axis; every figure is in the table below the pair.
 */
export function BinChart(props: {
  title: string;
  summary: string;
  bins: Bin[];
  size: BinSize;
  quantity: BinQuantity;
  formats: JournalFormats;
}) {
  const { bins, quantity, formats } = props;
  const axis = niceAxis(Math.max(0, ...bins.map((bin) => bin[quantity])), quantity === 'acts' ? 2 : 4);
  const first = bins[0];
  const last = bins.at(-1);
  return (
    <figure class="bin-chart">
      <figcaption class="bin-title">{props.title}</figcaption>
      <div class="bin-frame" role="img" aria-label={props.summary}>
        <div class="bin-axis" aria-hidden="true">
          <span>{formats.number(axis.max)}</span>
          <span>{formats.number(0)}</span>
        </div>
        <div class="bin-plot" aria-hidden="true">
          {bins.map((bin) => (
            <span class="bin-slot" key={bin.from}>
              <span class={`bin-bar bin-${quantity}`} style={{ height: `${scaleTo(bin[quantity], axis.max, 100)}%` }} />
            </span>
          ))}
        </div>
        {first && last && (
          <div class="bin-times" aria-hidden="true">
            <span>{binLabel(first, props.size, formats)}</span>
            <span>{binLabel(last, props.size, formats)}</span>
          </div>
        )}
      </div>
    </figure>
  );
}
