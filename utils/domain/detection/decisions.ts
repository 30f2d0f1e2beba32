import type { EpisodeEndReason, EpisodeRecord } from '../history/records';

/** What the background should do after a fold: write history, set the badge, ask the nudge policy. */
export type DetectorDecision =
  /** A doom episode began; `episode` is its first record. */
  | { kind: 'episode-started'; episode: EpisodeRecord }
  /** The episode's doom time crossed a whole number of minutes. */
  | { kind: 'doom-minutes'; episodeId: string; minutes: number }
  /** The episode's doom time reached the nudge threshold (minutes) that applies on `host`, once per episode. */
  | { kind: 'threshold-reached'; episodeId: string; minutes: number; host: string }
  /** Write the open episode to history now (at most once a minute). */
  | { kind: 'checkpoint'; episode: EpisodeRecord }
  /** The episode is over; `episode` is its final record. */
  | { kind: 'episode-ended'; episode: EpisodeRecord; reason: EpisodeEndReason };

/** A new detector state and what to do about it. */
export interface FoldResult<S> {
  state: S;
  decisions: DetectorDecision[];
}
