import { describe, expect, it } from 'vitest';
import {
  buildExport,
  emptyHistory,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportFileName,
  serializeExport,
} from '@/utils/domain/data/export-format';
import { parseImport } from '@/utils/domain/data/parse-import';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { readExportFixture, readFixtureHistory } from '@/tests/unit/helpers/export-fixtures';

const fixture = parseImport(readExportFixture('valid-v3'));
if (!fixture.ok) throw new Error('fixture must be valid');
const { settings } = fixture.contents;
// As the file holds it, with its open episode still open, as the database it was exported from held it.
const history = readFixtureHistory('valid-v3');
const now = Date.UTC(2025, 5, 1, 12, 0);

describe('buildExport', () => {
  it('stamps the format, its version, the time and the app version', () => {
    const doc = buildExport({ settings, history, appVersion: '1.2.3', now });

    expect(doc).toMatchObject({
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: '2025-06-01T12:00:00.000Z',
      app: { version: '1.2.3' },
    });
  });

  it('includes the settings and every record', () => {
    const doc = buildExport({ settings, history, appVersion: '1.2.3', now });

    expect(doc.settings).toEqual(settings);
    expect(doc.history).toEqual(history);
  });
});

describe('serializeExport', () => {
  it('writes JSON that reads back to the same document', () => {
    const doc = buildExport({ settings, history, appVersion: '1.2.3', now });

    expect(JSON.parse(serializeExport(doc))).toEqual(doc);
  });

  it('writes the same file that the valid fixture holds', () => {
    const doc = buildExport({ settings, history, appVersion: '0.1.0', now: Date.UTC(2025, 2, 14, 9, 30) });

    expect(serializeExport(doc)).toBe(readExportFixture('valid-v3'));
  });

  it('puts one record per line', () => {
    const text = serializeExport(buildExport({ settings, history, appVersion: '1', now }));

    expect(text.split('\n').filter((line) => line.trimStart().startsWith('{"id":'))).toHaveLength(13);
  });

  it('writes empty stores as empty arrays', () => {
    const doc = buildExport({ settings: createDefaultSettings(), history: emptyHistory(), appVersion: '1', now });

    expect(JSON.parse(serializeExport(doc)).history).toEqual({ episodes: [], nudges: [], acts: [], checkins: [] });
  });
});

describe('exportFileName', () => {
  it('names the file after the UTC day it was made', () => {
    expect(exportFileName(Date.UTC(2025, 11, 31, 23, 59))).toBe('outward-export-2025-12-31.json');
  });
});
