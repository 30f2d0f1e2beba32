import { countRecords, type HistoryContents, type StoreCounts } from './export-format';

/** What a valid file holds, for the person to confirm before importing. */
export interface ImportSummary {
  counts: StoreCounts;
  total: number;
  /** Earliest and latest record time (episode start, or `at`), epoch ms; null for an empty history. */
  from: number | null;
  to: number | null;
  /** Episodes still open in the file (it was made mid-episode): they are imported closed at their last activity. */
  openEpisodes: number;
  /** When the file was made (ISO-8601) and by which Outward version. */
  exportedAt: string;
  appVersion: string;
}

/** Counts and date range of a history, with the file's stamp. */
export function summarizeHistory(history: HistoryContents, exportedAt: string, appVersion: string): ImportSummary {
  let from = Infinity;
  let to = -Infinity;
  const see = (time: number) => {
    if (time < from) from = time;
    if (time > to) to = time;
  };
  for (const episode of history.episodes) see(episode.startedAt);
  for (const store of ['nudges', 'acts', 'checkins'] as const) for (const record of history[store]) see(record.at);
  const counts = countRecords(history);
  const total = counts.episodes + counts.nudges + counts.acts + counts.checkins;
  return {
    counts,
    total,
    from: total === 0 ? null : from,
    to: total === 0 ? null : to,
    openEpisodes: history.episodes.filter((episode) => episode.endedAt === null).length,
    exportedAt,
    appVersion,
  };
}
