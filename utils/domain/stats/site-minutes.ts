import type { EpisodeRecord } from '../history/records';
import { toMinutes } from './figures';

/** Doom-like scrolling on one watched site. */
export interface SiteMinutes {
  site: string;
  /** Whole minutes of the episodes that included the site. */
  minutes: number;
  episodes: number;
}

/**
 * Minutes of fast scrolling per site over some episodes, most first (ties by name). Episodes
 * record which sites they touched, not the split between them, so an episode that moved between
 * sites counts in full for each: the journal says so rather than invent a split.
 */
export function minutesBySite(episodes: Iterable<EpisodeRecord>): SiteMinutes[] {
  const bySite = new Map<string, { ms: number; episodes: number }>();
  for (const episode of episodes) {
    for (const site of new Set(episode.sites)) {
      const entry = bySite.get(site) ?? { ms: 0, episodes: 0 };
      entry.ms += episode.doomMs;
      entry.episodes += 1;
      bySite.set(site, entry);
    }
  }
  return [...bySite]
    .map(([site, entry]) => ({ site, minutes: toMinutes(entry.ms), episodes: entry.episodes }))
    .sort((a, b) => b.minutes - a.minutes || (a.site < b.site ? -1 : 1));
}
