import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { closeIfInactive, foldSummary } from '@/utils/domain/detection/detector';
import { DetectorStateSchema, INITIAL_DETECTOR_STATE, episodeToRecord } from '@/utils/domain/detection/state';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { EpisodeRecordSchema, type EpisodeRecord } from '@/utils/domain/history/records';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';

const T0 = Date.UTC(2024, 5, 11, 9, 0, 0);
const settings = createDefaultSettings();

/** One event reaching the background: a summary from some tab, or the inactivity alarm. */
type Step = { kind: 'summary'; summary: ScrollSummary; latency: number } | { kind: 'alarm'; after: number };

/** Summaries as tabs would send them: forward-moving but overlapping, jittered, sometimes after long gaps. */
const steps = fc
  .array(
    fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record({
          advance: fc.integer({ min: -20_000, max: 200_000 }),
          length: fc.integer({ min: 0, max: 90_000 }),
          screens: fc.double({ min: 0, max: 20, noNaN: true }),
          items: fc.integer({ min: 0, max: 12 }),
          purposeful: fc.integer({ min: 0, max: 6 }),
          visible: fc.boolean(),
          host: fc.constantFrom('www.reddit.com', 'x.com', 'news.example.org'),
          latency: fc.integer({ min: 0, max: 5_000 }),
        }),
      },
      { weight: 1, arbitrary: fc.record({ alarm: fc.integer({ min: 0, max: 300_000 }) }) },
    ),
    { maxLength: 120 },
  )
  .map((raw) => {
    let cursor = T0;
    return raw.map((r): Step => {
      if ('alarm' in r) return { kind: 'alarm', after: r.alarm };
      cursor = Math.max(T0, cursor + r.advance);
      const summary: ScrollSummary = {
        windowStart: cursor,
        windowEnd: cursor + r.length,
        downPx: Math.round(r.screens * 900),
        viewportPx: 900,
        screens: r.screens,
        itemChanges: r.items,
        purposeful: r.purposeful,
        visible: r.visible,
        host: r.host,
      };
      return { kind: 'summary', summary, latency: r.latency };
    });
  });

function run(trace: Step[]) {
  let state = { ...INITIAL_DETECTOR_STATE };
  let now = T0;
  let ids = 0;
  const episodes: EpisodeRecord[] = [];
  const decisions = [];
  for (const step of trace) {
    if (step.kind === 'alarm') now += step.after;
    else now = Math.max(now, step.summary.windowEnd + step.latency);
    const result =
      step.kind === 'alarm'
        ? closeIfInactive(state, now)
        : foldSummary(state, step.summary, settings, now, () => `ep-${++ids}`);
    state = result.state;
    decisions.push(...result.decisions);
    for (const d of result.decisions) if (d.kind === 'episode-ended') episodes.push(d.episode);
  }
  if (state.episode) episodes.push(episodeToRecord(state.episode));
  return { state, decisions, episodes, wallClockMs: now - T0 };
}

describe('foldSummary properties', () => {
  it('never counts more doom time than wall-clock time passed', () => {
    fc.assert(
      fc.property(steps, (trace) => {
        const { episodes, wallClockMs } = run(trace);

        const totalDoom = episodes.reduce((sum, e) => sum + e.doomMs, 0);
        expect(totalDoom).toBeLessThanOrEqual(wallClockMs);
      }),
    );
  });

  it('counts a stretch reported by a second tab as well exactly once', () => {
    fc.assert(
      fc.property(steps, (trace) => {
        const twice = trace.flatMap((step): Step[] => (step.kind === 'summary' ? [step, step] : [step]));

        const doom = (t: Step[]) => run(t).episodes.reduce((sum, e) => sum + e.doomMs, 0);
        expect(doom(twice)).toBe(doom(trace));
      }),
    );
  });

  it('keeps every episode within its own time span and never negative', () => {
    fc.assert(
      fc.property(steps, (trace) => {
        const { episodes } = run(trace);

        for (const e of episodes) {
          expect(e.doomMs).toBeGreaterThanOrEqual(0);
          expect(e.doomMs).toBeLessThanOrEqual(e.activeMs);
          expect(e.activeMs).toBeLessThanOrEqual(e.lastActivityAt - e.startedAt);
        }
      }),
    );
  });

  it('folds deterministically', () => {
    fc.assert(
      fc.property(steps, (trace) => {
        expect(run(trace)).toEqual(run(trace));
      }),
    );
  });

  it('keeps state that survives a JSON round trip and records that pass the history schema', () => {
    fc.assert(
      fc.property(steps, (trace) => {
        const { state, episodes } = run(trace);

        expect(v.parse(DetectorStateSchema, JSON.parse(JSON.stringify(state)))).toEqual(state);
        for (const e of episodes) expect(v.safeParse(EpisodeRecordSchema, e).success).toBe(true);
      }),
    );
  });

  it('has at most one episode open at a time', () => {
    fc.assert(
      fc.property(steps, (trace) => {
        const { decisions } = run(trace);

        let open = 0;
        for (const d of decisions) {
          if (d.kind === 'episode-started') open += 1;
          if (d.kind === 'episode-ended') open -= 1;
          expect(open === 0 || open === 1).toBe(true);
        }
      }),
    );
  });
});
