import { describe, expect, it } from 'vitest';
import { closeIfInactive, endEpisode, foldSummary } from '@/utils/domain/detection/detector';
import { INITIAL_DETECTOR_STATE, type DetectorState } from '@/utils/domain/detection/state';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import {
  alternateHosts,
  articleReading,
  feedScrolling,
  longVideo,
  shortVideoSwiping,
  steadyTrace,
} from '@/tests/fixtures/scroll-traces/generators';
import { minutesOf, replay } from '@/tests/fixtures/scroll-traces/replay';

const T0 = Date.UTC(2024, 5, 11, 9, 0, 0);
const MIN = 60_000;
const started = (r: ReturnType<typeof replay>) => r.decisions.filter((d) => d.kind === 'episode-started');

describe('foldSummary on scroll traces', () => {
  it('turns 20 minutes of fast feed scrolling into one episode of about 20 doom minutes', () => {
    const trace = feedScrolling({ start: T0, minutes: 20 });

    const result = replay(trace);

    expect(started(result)).toHaveLength(1);
    expect(result.ended).toHaveLength(1);
    expect(minutesOf(result.ended[0]!.doomMs)).toBeCloseTo(20, 0);
    expect(result.ended[0]).toMatchObject({ startedAt: T0, endedAt: T0 + 20 * MIN, sites: ['reddit.com'] });
  });

  it('finds no episode in 20 minutes of slow article reading', () => {
    const result = replay(articleReading({ start: T0, minutes: 20 }));

    expect(result.decisions).toEqual([]);
  });

  it('finds no episode in one long video watched without scrolling', () => {
    const result = replay(longVideo({ start: T0, minutes: 40 }));

    expect(result.decisions).toEqual([]);
  });

  it('counts short-video swiping as doom-like although the page never scrolls', () => {
    const result = replay(shortVideoSwiping({ start: T0, minutes: 10 }));

    expect(result.ended).toHaveLength(1);
    expect(minutesOf(result.ended[0]!.doomMs)).toBeCloseTo(10, 0);
  });

  it('does not take the taps that swipe to the next video for purposeful interactions', () => {
    const trace = steadyTrace(
      { start: T0, minutes: 10, host: 'www.tiktok.com' },
      { itemsPerMinute: 20, purposefulPerMinute: 20 },
    );

    const result = replay(trace);

    expect(minutesOf(result.ended[0]!.doomMs)).toBeCloseTo(10, 0);
  });

  it('does not count fast scrolling while typing a reply', () => {
    const trace = steadyTrace({ start: T0, minutes: 10 }, { screensPerMinute: 12, purposefulPerMinute: 150 });

    expect(replay(trace).decisions).toEqual([]);
  });

  it('counts nothing from a hidden tab', () => {
    const trace = steadyTrace({ start: T0, minutes: 20 }, { screensPerMinute: 12, visible: false });

    const result = replay(trace);

    expect(result.decisions).toEqual([]);
    expect(result.state).toEqual(INITIAL_DETECTOR_STATE);
  });

  it('counts nothing on a site that is not watched', () => {
    const result = replay(feedScrolling({ start: T0, minutes: 20, host: 'news.example.org' }));

    expect(result.decisions).toEqual([]);
  });

  it('splits the episode at a two-hour sleep and never counts the sleep', () => {
    const before = feedScrolling({ start: T0, minutes: 10 });
    const after = feedScrolling({ start: T0 + 130 * MIN, minutes: 10 });

    const result = replay([...before, ...after]);

    expect(result.ended.map((e) => e.endReason)).toEqual(['gap', 'inactive']);
    expect(result.ended[0]).toMatchObject({ startedAt: T0, endedAt: T0 + 10 * MIN, doomMs: 10 * MIN });
    expect(result.ended[1]).toMatchObject({ startedAt: T0 + 130 * MIN, doomMs: 10 * MIN });
  });

  it('keeps one episode while the person hops between two watched sites', () => {
    const trace = alternateHosts(feedScrolling({ start: T0, minutes: 20 }), 'x.com', 8);

    const result = replay(trace);

    expect(result.ended).toHaveLength(1);
    expect(result.ended[0]!.sites).toEqual(['reddit.com', 'x.com']);
    expect(minutesOf(result.ended[0]!.doomMs)).toBeCloseTo(20, 0);
  });

  it('neither loses nor double-counts minutes from two tabs taking turns', () => {
    const tabA = feedScrolling({ start: T0, minutes: 20, windowMs: 15_000 }).filter((_, i) => i % 6 < 3);
    const tabB = feedScrolling({ start: T0, minutes: 20, host: 'x.com' }).filter((_, i) => i % 6 >= 3);
    const interleaved = [...tabA, ...tabB].sort((a, b) => a.windowEnd - b.windowEnd);

    const result = replay(interleaved);

    expect(result.ended).toHaveLength(1);
    expect(result.ended[0]!.doomMs).toBe(20 * MIN);
  });

  it('counts time reported by two tabs at once only once', () => {
    const tabA = feedScrolling({ start: T0, minutes: 10 });
    const tabB = feedScrolling({ start: T0 + 7_000, minutes: 10, host: 'x.com' });
    const both = [...tabA, ...tabB].sort((a, b) => a.windowEnd - b.windowEnd);

    const result = replay(both);

    expect(result.ended).toHaveLength(1);
    expect(result.ended[0]!.doomMs).toBe(10 * MIN + 7_000);
  });

  it('ends the episode after three minutes without doom-like scrolling', () => {
    const trace = [...feedScrolling({ start: T0, minutes: 5 }), ...articleReading({ start: T0 + 5 * MIN, minutes: 6 })];

    const result = replay(trace, { settle: false });

    expect(result.ended).toHaveLength(1);
    expect(result.ended[0]).toMatchObject({ endReason: 'inactive', doomMs: 5 * MIN, endedAt: T0 + 8 * MIN });
    expect(result.state.episode).toBeNull();
  });

  it('keeps the episode open across a short stretch of reading', () => {
    const trace = [
      ...feedScrolling({ start: T0, minutes: 5 }),
      ...articleReading({ start: T0 + 5 * MIN, minutes: 2 }),
      ...feedScrolling({ start: T0 + 7 * MIN, minutes: 5 }),
    ];

    const result = replay(trace);

    expect(result.ended).toHaveLength(1);
    expect(result.ended[0]).toMatchObject({ doomMs: 10 * MIN, activeMs: 12 * MIN });
  });
});

describe('foldSummary decisions', () => {
  it('reports each whole doom minute once, in order', () => {
    const result = replay(feedScrolling({ start: T0, minutes: 5 }), { settle: false });

    const minutes = result.decisions.flatMap((d) => (d.kind === 'doom-minutes' ? [d.minutes] : []));
    expect(minutes).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports the nudge threshold once, when the doom minutes reach it', () => {
    const result = replay(feedScrolling({ start: T0, minutes: 20 }), { settle: false });

    const reached = result.decisions.filter((d) => d.kind === 'threshold-reached');
    expect(reached).toEqual([{ kind: 'threshold-reached', episodeId: 'ep-1', minutes: 15, host: 'reddit.com' }]);
    const index = result.decisions.indexOf(reached[0]!);
    expect(result.decisions.slice(0, index).filter((d) => d.kind === 'doom-minutes')).toHaveLength(15);
  });

  it("uses a site's own threshold where it has one", () => {
    const settings = createDefaultSettings();
    settings.watchedSites = settings.watchedSites.map((s) =>
      s.host === 'reddit.com' ? { ...s, minutesBeforeNudge: 5 } : s,
    );

    const result = replay(feedScrolling({ start: T0, minutes: 8 }), { settings, settle: false });

    expect(result.decisions.find((d) => d.kind === 'threshold-reached')).toMatchObject({ minutes: 5 });
  });

  it('checkpoints when the episode starts and then at least once a minute, not on every summary', () => {
    const trace = feedScrolling({ start: T0, minutes: 10 });

    const result = replay(trace, { settle: false });

    const checkpoints = result.decisions.flatMap((d) => (d.kind === 'checkpoint' ? [d.episode] : []));
    expect(checkpoints[0]).toMatchObject({ id: 'ep-1', startedAt: T0, endedAt: null, endReason: null });
    const spacing = checkpoints.slice(1).map((c, i) => c.lastActivityAt - checkpoints[i]!.lastActivityAt);
    expect(Math.max(...spacing)).toBeLessThanOrEqual(MIN);
    expect(checkpoints.length).toBeLessThan(trace.length / 2);
    expect(T0 + 10 * MIN - checkpoints.at(-1)!.lastActivityAt).toBeLessThanOrEqual(MIN);
  });

  it('starts the episode with a record that is still open', () => {
    const result = replay(feedScrolling({ start: T0, minutes: 1 }), { settle: false });

    expect(result.decisions[0]).toMatchObject({
      kind: 'episode-started',
      episode: { id: 'ep-1', startedAt: T0, endedAt: null, doomMs: 0 },
    });
  });
});

describe('foldSummary sensitivity', () => {
  const atSpeed = (screensPerMinute: number) => steadyTrace({ start: T0, minutes: 5 }, { screensPerMinute });
  const withSensitivity = (sensitivity: 'low' | 'normal' | 'high') => {
    const settings = createDefaultSettings();
    settings.detection.sensitivity = sensitivity;
    return settings;
  };

  it('notices slower scrolling at high sensitivity only', () => {
    expect(replay(atSpeed(2.4), { settings: withSensitivity('normal') }).ended).toHaveLength(0);
    expect(replay(atSpeed(2.4), { settings: withSensitivity('high') }).ended).toHaveLength(1);
  });

  it('needs faster scrolling at low sensitivity', () => {
    expect(replay(atSpeed(4), { settings: withSensitivity('normal') }).ended).toHaveLength(1);
    expect(replay(atSpeed(4), { settings: withSensitivity('low') }).ended).toHaveLength(0);
  });
});

describe('foldSummary edge cases', () => {
  const settings = createDefaultSettings();
  const window = (start: number, end: number, host = 'reddit.com'): ScrollSummary => ({
    ...feedScrolling({ start, minutes: 0.25, host })[0]!,
    windowEnd: end,
  });

  it('counts a window only up to the moment it arrives', () => {
    const result = foldSummary(INITIAL_DETECTOR_STATE, window(T0, T0 + 15_000), settings, T0 + 10_000, () => 'a');

    expect(result.state.episode).toMatchObject({ doomMs: 10_000, lastSeenAt: T0 + 10_000 });
  });

  it('does not change the state it was given', () => {
    const state = Object.freeze({ ...INITIAL_DETECTOR_STATE });

    const result = foldSummary(state, window(T0, T0 + 15_000), settings, T0 + 15_000, () => 'a');

    expect(state).toEqual(INITIAL_DETECTOR_STATE);
    expect(result.state).not.toBe(state);
  });

  it('starts counting afresh when the clock is set back', () => {
    const ahead = foldSummary(INITIAL_DETECTOR_STATE, window(T0, T0 + 15_000), settings, T0 + 15_000, () => 'a');
    const earlier = T0 - 24 * 60 * MIN;

    const result = foldSummary(ahead.state, window(earlier, earlier + 15_000), settings, earlier + 15_000, () => 'b');

    expect(result.decisions[0]).toMatchObject({ kind: 'episode-ended', reason: 'gap' });
    expect(result.state.episode).toMatchObject({ id: 'b', doomMs: 15_000 });
  });

  it('keeps at most twenty sites on an episode', () => {
    const many = createDefaultSettings();
    many.watchedSites = Array.from({ length: 30 }, (_, i) => ({
      host: `site${i}.example`,
      enabled: true,
      minutesBeforeNudge: null,
    }));
    const trace = Array.from({ length: 30 }, (_, i) =>
      window(T0 + i * 15_000, T0 + (i + 1) * 15_000, `site${i}.example`),
    );

    const result = replay(trace, { settings: many, settle: false });

    expect(result.state.episode!.sites).toHaveLength(20);
    expect(result.state.episode!.sites[0]).toBe('site0.example');
  });
});

describe('closeIfInactive', () => {
  const open: DetectorState = replay(feedScrolling({ start: T0, minutes: 2 }), { settle: false }).state;

  it('keeps an episode open for three minutes after its last doom-like window', () => {
    expect(closeIfInactive(open, T0 + 2 * MIN + 3 * MIN - 1).state).toBe(open);
  });

  it('ends the episode at its last activity once three minutes have passed', () => {
    const result = closeIfInactive(open, T0 + 2 * MIN + 3 * MIN);

    expect(result.state.episode).toBeNull();
    expect(result.decisions).toEqual([
      expect.objectContaining({
        kind: 'episode-ended',
        reason: 'inactive',
        episode: expect.objectContaining({ endedAt: T0 + 2 * MIN }),
      }),
    ]);
  });

  it('does nothing when no episode is open', () => {
    expect(closeIfInactive(INITIAL_DETECTOR_STATE, T0).decisions).toEqual([]);
  });
});

describe('endEpisode', () => {
  it('ends the open episode with the given reason and keeps what was counted', () => {
    const { state } = replay(feedScrolling({ start: T0, minutes: 2 }), { settle: false });

    const result = endEpisode(state, 'idle', T0 + 2 * MIN + 5_000);

    expect(result.state).toEqual({ coveredUntil: state.coveredUntil, episode: null });
    expect(result.decisions).toEqual([
      expect.objectContaining({
        kind: 'episode-ended',
        reason: 'idle',
        episode: expect.objectContaining({ doomMs: 2 * MIN, endReason: 'idle' }),
      }),
    ]);
  });

  it('does nothing when no episode is open', () => {
    expect(endEpisode(INITIAL_DETECTOR_STATE, 'idle', T0)).toEqual({ state: INITIAL_DETECTOR_STATE, decisions: [] });
  });
});
