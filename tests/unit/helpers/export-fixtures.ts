import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HistoryContents } from '@/utils/domain/data/export-format';

/**
 * Names of the files in `tests/fixtures/exports/`; `valid` and `valid-v2` are frozen version-1 and
 * version-2 files, `valid-v3` the current writer's.
 */
export type ExportFixture =
  | 'valid'
  | 'valid-v2'
  | 'valid-v3'
  | 'broken-json'
  | 'truncated'
  | 'wrong-type'
  | 'newer-version'
  | 'foreign'
  | 'duplicate-ids'
  | 'proto-keys';

// happy-dom replaces the global URL, so the path is built with node:path.
const directory = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/exports');

/** The text of an export fixture, exactly as stored. */
export function readExportFixture(name: ExportFixture): string {
  return readFileSync(join(directory, `${name}.json`), 'utf8');
}

/**
 * The records of a valid export fixture exactly as the file holds them (an episode open in the
 * file stays open here; an import closes it). For tests of what is written, not what is imported.
 */
export function readFixtureHistory(name: 'valid' | 'valid-v2' | 'valid-v3'): HistoryContents {
  return (JSON.parse(readExportFixture(name)) as { history: HistoryContents }).history;
}

/**
 * What an import makes of a history, written apart from the import's own code: every record as it
 * is, except an episode still open, which is closed at its last activity with the reason `imported`.
 */
export function asImported(history: HistoryContents): HistoryContents {
  const episodes = history.episodes.map((episode) =>
    episode.endedAt === null
      ? { ...episode, endedAt: episode.lastActivityAt, endReason: 'imported' as const }
      : episode,
  );
  return { ...history, episodes };
}
