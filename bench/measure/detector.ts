import { foldSummary } from '@/utils/domain/detection/detector';
import { INITIAL_DETECTOR_STATE, type DetectorState } from '@/utils/domain/detection/state';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import type { Metric } from '../lib/report';
import { spread } from '../lib/stats';

/** Summaries in one synthetic episode: ten hours of one summary every 15 s. */
const EPISODE_SUMMARIES = 10 * 60 * 4;
/** Summaries per timing bucket: ten minutes of the episode. */
const BUCKET = 40;
const WINDOW_MS = 15_000;
/** Start of the next episode after the previous one's end: more than the detector's gap. */
const BETWEEN_EPISODES_MS = 5 * 60_000;

/** One doom-like summary per 15 s (8 screens: 32 a minute), times relative to the episode's start. */
function syntheticEpisode(): ScrollSummary[] {
  return Array.from({ length: EPISODE_SUMMARIES }, (_, k) => ({
    windowStart: k * WINDOW_MS,
    windowEnd: (k + 1) * WINDOW_MS,
    downPx: 8 * 900,
    viewportPx: 900,
    screens: 8,
    itemChanges: 0,
    purposeful: 0,
    visible: true,
    host: 'reddit.com',
  }));
}

/**
 * Folds `episodes` ten-hour episodes back to back, timing every ten-minute bucket of each. The
 * summaries are shifted in time between episodes, outside the timed stretches, so the fold sees
 * fresh times without the benchmark allocating inside the timed loop. Per episode it keeps the
 * time per fold in the first and the last bucket, so one preempted bucket skews one episode, not the run.
 */
function foldEpisodes(episodes: number, summaries: ScrollSummary[]) {
  const settings = createDefaultSettings();
  let ids = 0;
  const newId = () => `e${(ids += 1)}`;
  let state: DetectorState = { ...INITIAL_DETECTOR_STATE };
  const buckets = EPISODE_SUMMARIES / BUCKET;
  const first: number[] = [];
  const last: number[] = [];
  let totalNs = 0;
  let offset = 1_700_000_000_000;
  for (let e = 0; e < episodes; e += 1) {
    for (let k = 0; k < summaries.length; k += 1) {
      summaries[k]!.windowStart = offset + k * WINDOW_MS;
      summaries[k]!.windowEnd = offset + (k + 1) * WINDOW_MS;
    }
    for (let b = 0; b < buckets; b += 1) {
      const start = process.hrtime.bigint();
      for (let k = b * BUCKET; k < (b + 1) * BUCKET; k += 1) {
        const summary = summaries[k]!;
        state = foldSummary(state, summary, settings, summary.windowEnd, newId).state;
      }
      const ns = Number(process.hrtime.bigint() - start);
      totalNs += ns;
      if (b === 0) first.push(ns / BUCKET);
      if (b === buckets - 1) last.push(ns / BUCKET);
    }
    offset += EPISODE_SUMMARIES * WINDOW_MS + BETWEEN_EPISODES_MS;
  }
  return { first, last, totalNs, folds: episodes * EPISODE_SUMMARIES, state };
}

/**
 * Detector throughput and growth in Node (DESIGN.md §8). Each run folds ≥ 1,000,000 summaries
 * (ten-hour episodes back to back) after a warm-up; throughput is folds per second, and growth
 * compares the time per fold in the episodes' last ten minutes with their first ten (medians over
 * the run's episodes).
 */
export function measureDetector(options: { runs: number }): Metric[] {
  const summaries = syntheticEpisode();
  const episodes = Math.ceil(1_000_000 / EPISODE_SUMMARIES);
  foldEpisodes(50, summaries); // warm-up: let the JIT settle before timing
  const throughput: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const run = foldEpisodes(episodes, summaries);
    if (!run.state.episode) throw new Error('the synthetic episode did not open: check its summaries');
    throughput.push(run.folds / (run.totalNs / 1e9));
    first.push(spread(run.first).median);
    last.push(spread(run.last).median);
  }
  return [
    {
      key: 'detector.foldsPerSecond',
      label: 'Detector throughput (Node)',
      unit: 'summaries/s',
      values: throughput,
      budget: { op: '>=', value: 1_000_000 },
      note: `${episodes * EPISODE_SUMMARIES} folds per run: ten-hour episodes of one summary per 15 s, back to back`,
    },
    { key: 'detector.nsPerFoldFirst10Min', label: 'Fold time, first 10 minutes', unit: 'ns per fold', values: first },
    {
      key: 'detector.nsPerFoldHour10',
      label: 'Fold time, tenth hour (last 10 min)',
      unit: 'ns per fold',
      values: last,
    },
    {
      key: 'detector.growth',
      label: 'Fold time growth, 10 h vs first minutes',
      unit: '×',
      values: last.map((value, k) => value / first[k]!),
      budget: { op: '<=', value: 1.25 },
      note: 'must not grow: the state is O(1); 1.25 leaves room for timer noise',
    },
  ];
}
