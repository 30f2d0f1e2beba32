import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Names of the files in `tests/fixtures/exports/`; `valid` is a frozen version-1 file, `valid-v2` the current writer's. */
export type ExportFixture =
  | 'valid'
  | 'valid-v2'
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
