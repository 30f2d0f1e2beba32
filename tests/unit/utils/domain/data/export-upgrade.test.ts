import { describe, expect, it } from 'vitest';
import {
  buildExport,
  EXPORT_FORMAT_VERSION,
  EXPORT_UPGRADES,
  serializeExport,
  upgradeExport,
} from '@/utils/domain/data/export-format';
import { historyToCsvFiles, UTF8_BOM } from '@/utils/domain/data/history-csv';
import { parseImport } from '@/utils/domain/data/parse-import';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { readExportFixture } from '@/tests/unit/helpers/export-fixtures';

describe('export format upgrades', () => {
  it('has a step for every shipped version below the current one', () => {
    const versions = Array.from({ length: EXPORT_FORMAT_VERSION - 1 }, (_unused, index) => index + 1);

    expect(Object.keys(EXPORT_UPGRADES).map(Number)).toEqual(versions);
  });

  it('reads a version-1 file with its acts unchanged and an empty giving plan', () => {
    const old = JSON.parse(readExportFixture('valid')) as { history: { acts: unknown[] } };

    const result = parseImport(readExportFixture('valid'));

    if (!result.ok) throw new Error(result.problem.code);
    expect(result.contents.history.acts).toEqual(old.history.acts);
    expect(result.contents.history.acts.every((act) => act.given === undefined)).toBe(true);
    expect(result.contents.settings.giving).toEqual(DEFAULT_SETTINGS.giving);
  });

  it('leaves a current document as it is', () => {
    const doc = { formatVersion: EXPORT_FORMAT_VERSION, other: 1 };

    expect(upgradeExport(doc)).toBe(doc);
  });
});

describe('gifts in exports', () => {
  const result = parseImport(readExportFixture('valid-v2'));
  if (!result.ok) throw new Error('fixture must be valid');

  it('keep the amount, currency and cause of what was given through JSON', () => {
    expect(result.contents.history.acts.filter((act) => act.given)).toEqual([
      expect.objectContaining({ id: 'act-2', given: { amount: 2, currency: 'EUR', causeId: null } }),
    ]);
  });

  it('are written to acts.csv in their own columns, empty where nothing was given', () => {
    const acts = historyToCsvFiles(result.contents.history).find((file) => file.name === 'acts.csv');
    const lines = acts?.text.slice(UTF8_BOM.length).split('\r\n') ?? [];

    expect(lines[0]?.endsWith(',givenAmount,givenCurrency,givenCauseId')).toBe(true);
    expect(lines.filter((line) => line.startsWith('act-2,'))[0]?.endsWith(',2,EUR,')).toBe(true);
    expect(lines.filter((line) => line.startsWith('act-1,'))[0]?.endsWith(',,,')).toBe(true);
  });

  it('refuse an amount that is not a positive sum of whole cents', () => {
    const text = readExportFixture('valid-v2').replace('"amount":2,', '"amount":-2,');

    expect(parseImport(text)).toMatchObject({ ok: false, problem: { code: 'invalid-value' } });
  });
});

describe('whom an act was for, in exports', () => {
  it('reads a version-2 file with its acts unchanged and no person on any of them', () => {
    const old = JSON.parse(readExportFixture('valid-v2')) as { history: { acts: unknown[] } };

    const result = parseImport(readExportFixture('valid-v2'));

    if (!result.ok) throw new Error(result.problem.code);
    expect(result.contents.history.acts).toEqual(old.history.acts);
    expect(result.contents.history.acts.every((act) => !('personId' in act))).toBe(true);
  });

  it('keeps the person id of an act through export and import, and none where there was none', () => {
    const first = parseImport(readExportFixture('valid-v3'));
    if (!first.ok) throw new Error(first.problem.code);
    const text = serializeExport(buildExport({ ...first.contents, appVersion: '1', now: Date.UTC(2026, 0, 5, 9) }));

    const again = parseImport(text);

    if (!again.ok) throw new Error(again.problem.code);
    expect(again.contents.history.acts.map((act) => [act.id, act.personId])).toEqual([
      ['act-1', 'p-sam'],
      ['act-2', undefined],
      ['act-3', undefined],
    ]);
  });

  it('refuses a person id that is not an id, saying where', () => {
    const text = readExportFixture('valid-v3').replace('"personId":"p-sam"', '"personId":"Sam <sam@example.org>"');

    expect(parseImport(text)).toMatchObject({
      ok: false,
      problem: { code: 'invalid-value', path: 'history.acts[0].personId' },
    });
  });
});
