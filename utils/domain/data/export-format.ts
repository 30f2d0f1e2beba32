import * as v from 'valibot';
import {
  ActRecordSchema,
  CheckinRecordSchema,
  EpisodeRecordSchema,
  HISTORY_STORES,
  NudgeRecordSchema,
  type ActRecord,
  type CheckinRecord,
  type EpisodeRecord,
  type HistoryStoreName,
  type NudgeRecord,
} from '../history/records';
import { SettingsSchema, type Settings } from '../settings/schema';

/** Marker that tells an Outward export apart from any other JSON file. */
export const EXPORT_FORMAT = 'outward-export';
/**
 * Version of the export document. Bump it whenever a reader of the current version would lose or
 * misread something in the new shape (a new record field included), so older readers refuse it.
 */
export const EXPORT_FORMAT_VERSION = 3;

/**
 * Upgrade steps, one per shipped version: `EXPORT_UPGRADES[n]` turns a version-n document into a
 * version-(n+1) one. Shipped steps are never edited. Settings inside carry their own version and
 * are migrated by their own chain.
 */
export const EXPORT_UPGRADES: Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>> =
  Object.freeze({
    /** 1 → 2: act records may carry `given`; version-1 files have none, so only the stamp changes. */
    1: (doc) => ({ ...doc, formatVersion: 2 }),
    /** 2 → 3: act records may carry `personId`; version-2 files have none, so only the stamp changes. */
    2: (doc) => ({ ...doc, formatVersion: 3 }),
  });

/** Brings an export document of any shipped version up to the current one; newer ones are left as they are. */
export function upgradeExport(doc: Record<string, unknown>): Record<string, unknown> {
  let current = doc;
  let version = typeof doc.formatVersion === 'number' ? doc.formatVersion : EXPORT_FORMAT_VERSION;
  while (version < EXPORT_FORMAT_VERSION) {
    const step = EXPORT_UPGRADES[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  return current;
}

/** Everything in the history database, one array per store. */
export interface HistoryContents {
  episodes: EpisodeRecord[];
  nudges: NudgeRecord[];
  acts: ActRecord[];
  checkins: CheckinRecord[];
}

/** A number per history store, e.g. records found, added or already present. */
export type StoreCounts = Record<HistoryStoreName, number>;

/** The whole export document, exactly as written to the JSON file. */
export const ExportDocumentSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  formatVersion: v.literal(EXPORT_FORMAT_VERSION),
  /** When the file was made, ISO-8601 UTC. */
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  app: v.object({ version: v.pipe(v.string(), v.maxLength(40)) }),
  settings: SettingsSchema,
  history: v.object({
    episodes: v.array(EpisodeRecordSchema),
    nudges: v.array(NudgeRecordSchema),
    acts: v.array(ActRecordSchema),
    checkins: v.array(CheckinRecordSchema),
  }),
});

export type ExportDocument = v.InferOutput<typeof ExportDocumentSchema>;

/** What `buildExport` needs; `now` is epoch ms. */
export interface ExportInput {
  settings: Settings;
  history: HistoryContents;
  appVersion: string;
  now: number;
}

/** Builds the export document from the settings and every history record. */
export function buildExport({ settings, history, appVersion, now }: ExportInput): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: new Date(now).toISOString(),
    app: { version: appVersion },
    settings,
    history: {
      episodes: history.episodes,
      nudges: history.nudges,
      acts: history.acts,
      checkins: history.checkins,
    },
  };
}

/**
 * The document as JSON text: readable structure, one record per line, so a large history stays
 * compact while a person can still look through the file.
 */
export function serializeExport(doc: ExportDocument): string {
  const json = (value: unknown) => JSON.stringify(value);
  const stores = HISTORY_STORES.map((name) => {
    const records: readonly unknown[] = doc.history[name];
    const body = records.length === 0 ? '[]' : `[\n${records.map((r) => `      ${json(r)}`).join(',\n')}\n    ]`;
    return `    ${json(name)}: ${body}`;
  });
  const settings = JSON.stringify(doc.settings, null, 2).replace(/\n/g, '\n  ');
  return [
    '{',
    `  "format": ${json(doc.format)},`,
    `  "formatVersion": ${json(doc.formatVersion)},`,
    `  "exportedAt": ${json(doc.exportedAt)},`,
    `  "app": ${json(doc.app)},`,
    `  "settings": ${settings},`,
    '  "history": {',
    stores.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** File name for an export made at `now` (epoch ms), e.g. `outward-export-2025-03-14.json`. */
export function exportFileName(now: number): string {
  return `outward-export-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/** Counts records per store. */
export function countRecords(history: HistoryContents): StoreCounts {
  return {
    episodes: history.episodes.length,
    nudges: history.nudges.length,
    acts: history.acts.length,
    checkins: history.checkins.length,
  };
}

/** An empty history, e.g. when the database cannot be opened in this browser mode. */
export function emptyHistory(): HistoryContents {
  return { episodes: [], nudges: [], acts: [], checkins: [] };
}
