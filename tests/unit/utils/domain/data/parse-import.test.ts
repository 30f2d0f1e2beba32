import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT_VERSION } from '@/utils/domain/data/export-format';
import { parseImport, parseImportSteps } from '@/utils/domain/data/parse-import';
import { STEP_RECORDS } from '@/utils/domain/steps';
import { SETTINGS_VERSION } from '@/utils/domain/settings/schema';
import { asImported, readExportFixture, type ExportFixture } from '@/tests/unit/helpers/export-fixtures';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests edit parsed JSON freely, as a person editing the file could
type Json = any;

const valid = readExportFixture('valid');
/** The valid fixture with one change made to its parsed form. */
const edited = (change: (doc: Record<string, Json>) => void) => {
  const doc = JSON.parse(valid) as Record<string, Json>;
  change(doc);
  return JSON.stringify(doc);
};

describe('parseImport', () => {
  it('reads a valid export with a summary of what it holds', () => {
    const result = parseImport(valid);

    expect(result).toMatchObject({
      ok: true,
      summary: {
        counts: { episodes: 3, nudges: 3, acts: 3, checkins: 4 },
        total: 13,
        from: Date.UTC(2025, 2, 10, 20, 0),
        to: Date.UTC(2025, 2, 12, 20, 41),
        exportedAt: '2025-03-14T09:30:00.000Z',
        appVersion: '0.1.0',
      },
    });
  });

  it('returns every record and the settings exactly as in the file, but an open episode closed', () => {
    const current = readExportFixture('valid-v3');
    const doc = JSON.parse(current);

    const result = parseImport(current);

    expect(result.ok && result.contents).toEqual({ settings: doc.settings, history: asImported(doc.history) });
  });

  it('checks a large file in many small steps, reaching the same answer as in one go', () => {
    const acts = Array.from({ length: 3000 }, (_, i) => ({ ...JSON.parse(valid).history.acts[0], id: `act-${i}` }));
    const large = edited((doc) => (doc.history.acts = acts));
    const steps = parseImportSteps(large);

    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields += 1;

    expect(yields).toBeGreaterThanOrEqual(3000 / STEP_RECORDS);
    expect(next.value).toEqual(parseImport(large));
    expect(next.value).toMatchObject({ ok: true, summary: { counts: { acts: 3000 } } });
  });

  it('closes an episode still open in the file at its last activity, saying it was imported', () => {
    const result = parseImport(valid);

    const episode = result.ok && result.contents.history.episodes.find((e) => e.id === 'ep-2025-03-12-a');
    expect(episode).toMatchObject({ endedAt: Date.UTC(2025, 2, 12, 20, 31), endReason: 'imported' });
    expect(result).toMatchObject({ ok: true, summary: { openEpisodes: 1 } });
  });

  it('keeps a closed episode as the file has it and counts no open one', () => {
    const closed = edited((doc) => {
      const open = doc.history.episodes.find((e: Json) => e.endedAt === null);
      Object.assign(open, { endedAt: open.lastActivityAt + 60_000, endReason: 'inactive' });
    });

    const result = parseImport(closed);

    expect(result.ok && result.contents.history.episodes).toEqual(JSON.parse(closed).history.episodes);
    expect(result).toMatchObject({ ok: true, summary: { openEpisodes: 0 } });
  });

  it.each<[ExportFixture, object]>([
    ['broken-json', { code: 'not-json', params: { line: 136, column: 7 } }],
    ['truncated', { code: 'truncated', params: { line: 142, column: 20 } }],
    [
      'wrong-type',
      {
        code: 'invalid-value',
        path: 'history.checkins[2].mood',
        params: { expected: 'number', received: '"happy"' },
      },
    ],
    [
      'newer-version',
      { code: 'newer-version', path: 'formatVersion', params: { found: 4, supported: EXPORT_FORMAT_VERSION } },
    ],
    ['foreign', { code: 'not-outward', params: {} }],
    ['duplicate-ids', { code: 'duplicate-id', path: 'history.acts[2].id', params: { store: 'acts', id: 'act-1' } }],
    ['proto-keys', { code: 'unsafe-key', path: 'history.acts[1].__proto__', params: { key: '__proto__' } }],
  ])('refuses the %s fixture and says exactly what is wrong', (fixture, problem) => {
    const result = parseImport(readExportFixture(fixture));

    expect(result).toEqual({ ok: false, problem: { ...problem, message: expect.any(String) } });
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n \r\n\t'],
  ])('calls %s empty', (_label, text) => {
    expect(parseImport(text)).toMatchObject({ ok: false, problem: { code: 'empty' } });
  });

  it('reads a file saved with a byte-order mark', () => {
    expect(parseImport(`\uFEFF${valid}`).ok).toBe(true);
  });

  it('refuses a file over the size limit before reading it', () => {
    const result = parseImport(valid, { maxChars: 1000, maxRecords: 100 });

    expect(result).toMatchObject({ ok: false, problem: { code: 'file-too-large', params: { limitMb: 1 } } });
  });

  it('refuses a file with more records than the limit, saying how many', () => {
    const result = parseImport(valid, { maxChars: 1_000_000, maxRecords: 12 });

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'too-many-records', params: { count: 13, limit: 12 } },
    });
  });

  it.each([
    ['a JSON array', '[1, 2, 3]'],
    ['a JSON string', '"outward-export"'],
    ['null', 'null'],
    ['another format marker', edited((doc) => (doc.format = 'outward-backup'))],
    ['no format marker', edited((doc) => delete doc.format)],
  ])('calls %s not an Outward export', (_label, text) => {
    expect(parseImport(text)).toMatchObject({ ok: false, problem: { code: 'not-outward' } });
  });

  it.each([
    ['a text version', '"1"'],
    ['a fractional version', 1.5],
    ['version 0', 0],
    ['no version', undefined],
  ])('refuses %s as a wrong value at formatVersion', (_label, version) => {
    const text = edited((doc) => (doc.formatVersion = version));

    expect(parseImport(text)).toMatchObject({ ok: false, problem: { code: 'invalid-value', path: 'formatVersion' } });
  });

  it('asks for an update when the settings come from a newer version', () => {
    const text = edited((doc) => (doc.settings.version = SETTINGS_VERSION + 1));

    expect(parseImport(text)).toMatchObject({
      ok: false,
      problem: { code: 'newer-version', path: 'settings.version', params: { found: SETTINGS_VERSION + 1 } },
    });
  });

  it.each([
    ['a missing store', (doc: Json) => delete doc.history.checkins, 'history.checkins'],
    ['a record with a missing field', (doc: Json) => delete doc.history.nudges[1].outcome, 'history.nudges[1].outcome'],
    ['an unknown category', (doc: Json) => (doc.history.acts[0].category = 'kindness'), 'history.acts[0].category'],
    ['a mood out of range', (doc: Json) => (doc.history.checkins[0].mood = 6), 'history.checkins[0].mood'],
    ['a negative time', (doc: Json) => (doc.history.episodes[1].startedAt = -1), 'history.episodes[1].startedAt'],
    ['an id with spaces', (doc: Json) => (doc.history.acts[2].id = 'act 3'), 'history.acts[2].id'],
    ['a note too long', (doc: Json) => (doc.history.acts[1].note = 'x'.repeat(1001)), 'history.acts[1].note'],
    ['broken settings', (doc: Json) => (doc.settings.nudges.dailyCap = 'lots'), 'settings.nudges.dailyCap'],
    [
      'an unsafe link in settings',
      (doc: Json) => (doc.settings.acts.causes[0].url = 'javascript:alert(1)'),
      'settings.acts.causes[0].url',
    ],
    ['a bad export time', (doc: Json) => (doc.exportedAt = 'yesterday'), 'exportedAt'],
  ])('refuses %s and names its path', (_label, change, path) => {
    expect(parseImport(edited(change))).toMatchObject({ ok: false, problem: { code: 'invalid-value', path } });
  });

  it.each([
    ['constructor', '{"constructor":{"prototype":{"polluted":true}},'],
    ['prototype', '{"prototype":1,'],
    ['an escaped __proto__', '{"__pro\\u0074o__":{"polluted":true},'],
  ])('refuses a record carrying %s', (_label, start) => {
    const text = valid.replace('{"id":"ck-2",', `${start}"id":"ck-2",`);

    const result = parseImport(text);

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'unsafe-key', path: expect.stringMatching(/^history\.checkins\[1\]/) },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('finds an unsafe key in the settings too', () => {
    const text = valid.replace('"version": 1,\n', '"version": 1,\n    "__proto__": {"isAdmin": true},\n');

    expect(parseImport(text)).toMatchObject({ ok: false, problem: { code: 'unsafe-key', path: 'settings.__proto__' } });
  });

  it('drops fields it does not know instead of storing them', () => {
    const text = edited((doc) => (doc.history.acts[0].mood = 5));

    const result = parseImport(text);

    expect(result.ok && result.contents.history.acts[0]).not.toHaveProperty('mood');
  });

  it('summarises an export without history as empty, with no date range', () => {
    const text = edited((doc) => (doc.history = { episodes: [], nudges: [], acts: [], checkins: [] }));

    expect(parseImport(text)).toMatchObject({ ok: true, summary: { total: 0, from: null, to: null } });
  });

  it('keeps quoted values short in its messages', () => {
    const text = edited((doc) => (doc.history.acts[0].category = 'x'.repeat(5000)));

    const result = parseImport(text);

    expect(
      !result.ok && result.problem.code === 'invalid-value' && result.problem.params.received.length,
    ).toBeLessThanOrEqual(60);
  });
});
