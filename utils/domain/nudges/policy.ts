import { hostMatches } from '../hosts';
import type { Settings } from '../settings/schema';
import { clockMinutes, type LocalClock } from './local-clock';
import type { NudgeLevel, NudgeState } from './state';

/** Why no nudge now; the first rule that applies, in the order listed. */
export type NudgeBlockReason =
  | 'below-threshold'
  | 'paused'
  | 'quiet-hours'
  | 'site-muted'
  | 'showing'
  | 'already-nudged'
  | 'snoozed'
  | 'ladder-finished'
  | 'daily-cap'
  | 'site-cooldown';

export type NudgeDecision = { nudge: false; reason: NudgeBlockReason } | { nudge: true; level: NudgeLevel };

/** Everything a nudge decision depends on; time and the local clock are passed in. */
export interface NudgeInput {
  /** Epoch ms. */
  now: number;
  settings: Pick<Settings, 'nudges'>;
  state: NudgeState;
  /** The open episode and its doom minutes so far. */
  episode: { id: string; doomMinutes: number };
  /** Doom minutes before the first nudge on this site (the per-site value, or the global one). */
  thresholdMinutes: number;
  /** Host the person is scrolling, or null when unknown. */
  site: string | null;
  clock: LocalClock;
}

/**
 * The levels one episode may climb, one per nudge: each *Not now* earns at most the next step.
 * Gentle never goes past the corner card; the pause overlay needs the firm style and its own opt-in.
 */
export function nudgeLadder(nudges: Pick<Settings['nudges'], 'style' | 'pauseOverlay'>): readonly NudgeLevel[] {
  if (nudges.style === 'gentle') return [1, 1];
  if (nudges.style === 'firm' && nudges.pauseOverlay) return [1, 2, 3];
  return [1, 2];
}

/** Whether a minute of the day falls in quiet hours; a range whose end is before its start runs over midnight. */
export function isQuietTime(minuteOfDay: number, quiet: Settings['nudges']['quietHours']): boolean {
  if (!quiet.enabled) return false;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  if (start === end) return false;
  return start < end ? minuteOfDay >= start && minuteOfDay < end : minuteOfDay >= start || minuteOfDay < end;
}

/**
 * Decides whether to nudge now and at which level (DESIGN.md §5): one nudge per episode unless the
 * person chose *Not now*, then the next ladder step once the episode has gone on
 * `escalateAfterMinutes` more doom minutes; never while paused, in quiet hours, on a muted site,
 * past the daily cap, or (for an episode's first nudge) within the site's cooldown.
 */
export function decideNudge(input: NudgeInput): NudgeDecision {
  const { now, state, episode, site, clock } = input;
  const nudges = input.settings.nudges;
  const block = (reason: NudgeBlockReason): NudgeDecision => ({ nudge: false, reason });

  if (episode.doomMinutes < input.thresholdMinutes) return block('below-threshold');
  if (nudges.pausedUntil !== null && now < nudges.pausedUntil) return block('paused');
  if (isQuietTime(clock.minuteOfDay(now), nudges.quietHours)) return block('quiet-hours');
  if (site !== null && latestFor(state.mutedUntilBySite, site) > now) return block('site-muted');

  const ladder = nudgeLadder(nudges);
  const current = state.episode?.id === episode.id ? state.episode : null;
  let level: NudgeLevel | undefined = ladder[0];
  if (current) {
    if (current.phase === 'showing') return block('showing');
    if (current.phase === 'finished') return block('already-nudged');
    level = ladder[current.step];
    if (level === undefined) return block('ladder-finished');
    const snoozedAt = current.snoozedAtDoomMinutes ?? 0;
    if (episode.doomMinutes < snoozedAt + nudges.escalateAfterMinutes) return block('snoozed');
  }
  if (level === undefined) return block('ladder-finished');

  const shownToday = state.day === clock.dayKey(now) ? state.shownToday : 0;
  if (shownToday >= nudges.dailyCap) return block('daily-cap');
  // The cooldown keeps a new episode from nudging again on the same site; a snoozed episode's
  // next step is the person's own "later", so it does not wait for the cooldown.
  const cooldownMs = nudges.siteCooldownMinutes * 60_000;
  if (!current && site !== null && now - latestFor(state.lastNudgeAtBySite, site) < cooldownMs) {
    return block('site-cooldown');
  }
  return { nudge: true, level };
}

/** Latest time stored for the site or a parent domain of it (a mute on `reddit.com` covers `old.reddit.com`). */
function latestFor(times: Readonly<Record<string, number>>, site: string): number {
  let latest = Number.NEGATIVE_INFINITY;
  for (const [host, time] of Object.entries(times)) if (hostMatches(site, host) && time > latest) latest = time;
  return latest;
}
