import type { ActRecord, CheckinRecord, EpisodeRecord, HistoryStoreName, NudgeRecord } from '../history/records';
import { csvTable, type CsvValue } from './csv';
import type { HistoryContents } from './export-format';

/** One CSV file of an export, e.g. `{ name: 'acts.csv', text }`. */
export interface CsvFile {
  name: `${HistoryStoreName}.csv`;
  text: string;
}

/** Spreadsheet apps read a CSV as UTF-8 only when it starts with this mark; without it notes in other scripts garble. */
export const UTF8_BOM = '\uFEFF';

type Column<T> = readonly [string, (row: T) => CsvValue];

/** An epoch-ms time as two columns: `name` (ms) and `nameIso` (ISO-8601 UTC). */
function time<T>(name: string, read: (row: T) => number | null): Array<Column<T>> {
  return [
    [name, read],
    [`${name}Iso`, (row) => isoOrEmpty(read(row))],
  ];
}

function isoOrEmpty(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

const EPISODE_COLUMNS: Array<Column<EpisodeRecord>> = [
  ['id', (e) => e.id],
  ...time<EpisodeRecord>('startedAt', (e) => e.startedAt),
  ...time<EpisodeRecord>('lastActivityAt', (e) => e.lastActivityAt),
  ...time<EpisodeRecord>('endedAt', (e) => e.endedAt),
  ['endReason', (e) => e.endReason],
  ['doomMs', (e) => e.doomMs],
  ['activeMs', (e) => e.activeMs],
  // Host names never contain spaces, so one cell holds the list.
  ['sites', (e) => e.sites.join(' ')],
  ['nudgeLevel', (e) => e.nudgeLevel],
];

const NUDGE_COLUMNS: Array<Column<NudgeRecord>> = [
  ['id', (n) => n.id],
  ...time<NudgeRecord>('at', (n) => n.at),
  ['episodeId', (n) => n.episodeId],
  ['site', (n) => n.site],
  ['level', (n) => n.level],
  ['actId', (n) => n.actId],
  ['outcome', (n) => n.outcome],
  ...time<NudgeRecord>('outcomeAt', (n) => n.outcomeAt),
];

const ACT_COLUMNS: Array<Column<ActRecord>> = [
  ['id', (a) => a.id],
  ...time<ActRecord>('at', (a) => a.at),
  ...time<ActRecord>('startedAt', (a) => a.startedAt),
  ['actId', (a) => a.actId],
  ['title', (a) => a.title],
  ['category', (a) => a.category],
  ['note', (a) => a.note],
  ['nudgeId', (a) => a.nudgeId],
  // Empty cells when nothing was given; amounts in their own currency, never converted.
  ['givenAmount', (a) => a.given?.amount ?? null],
  ['givenCurrency', (a) => a.given?.currency ?? null],
  ['givenCauseId', (a) => a.given?.causeId ?? null],
];

const CHECKIN_COLUMNS: Array<Column<CheckinRecord>> = [
  ['id', (c) => c.id],
  ...time<CheckinRecord>('at', (c) => c.at),
  ['mood', (c) => c.mood],
  ['context', (c) => c.context],
  ['note', (c) => c.note],
  ['actRecordId', (c) => c.actRecordId],
];

/**
 * The history as four CSV files, one per store, each with a header row and times both as epoch ms
 * and ISO-8601. Each text starts with a UTF-8 byte-order mark for spreadsheet apps.
 */
export function historyToCsvFiles(history: HistoryContents): CsvFile[] {
  return [
    { name: 'episodes.csv', text: UTF8_BOM + csvTable(EPISODE_COLUMNS, history.episodes) },
    { name: 'nudges.csv', text: UTF8_BOM + csvTable(NUDGE_COLUMNS, history.nudges) },
    { name: 'acts.csv', text: UTF8_BOM + csvTable(ACT_COLUMNS, history.acts) },
    { name: 'checkins.csv', text: UTF8_BOM + csvTable(CHECKIN_COLUMNS, history.checkins) },
  ];
}
