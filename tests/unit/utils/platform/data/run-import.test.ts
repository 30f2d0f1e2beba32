import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseImport } from '@/utils/domain/data/parse-import';
import { createDefaultSettings, DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { createImportStaging } from '@/utils/platform/data/import-staging';
import { readAllHistory } from '@/utils/platform/data/read-history';
import { importUpload, runImport } from '@/utils/platform/data/run-import';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { readSettings, writeSettings } from '@/utils/platform/storage/settings-store';
import { readExportFixture, type ExportFixture } from '@/tests/unit/helpers/export-fixtures';
import { openFreshHistoryDb, seededHistoryDb } from '@/tests/unit/helpers/data-transfer-db';

const valid = readExportFixture('valid');
const parsed = parseImport(valid);
if (!parsed.ok) throw new Error('fixture must be valid');
const fileSettings = parsed.contents.settings;
const using = (db: HistoryDatabase) => ({ openDb: async () => ({ ok: true as const, db }) });

/** A database that already holds part of a history, so "unchanged" means something. */
async function partlyFilledDb() {
  const { history } = parsed.ok ? parsed.contents : (undefined as never);
  return seededHistoryDb({ ...history, acts: history.acts.slice(0, 1), checkins: [] });
}

describe('runImport', () => {
  it('imports a valid file and reports what it added and what was already there', async () => {
    const db = await partlyFilledDb();

    const outcome = await runImport(valid, { restoreSettings: false }, using(db));

    expect(outcome).toMatchObject({
      ok: true,
      added: { episodes: 0, nudges: 0, acts: 2, checkins: 4 },
      alreadyPresent: { episodes: 3, nudges: 3, acts: 1, checkins: 0 },
      summary: { total: 13 },
      settingsRestored: false,
    });
    expect(await readAllHistory(db)).toEqual(
      parsed.ok && (await readAllHistory(await seededHistoryDb(parsed.contents.history))),
    );
  });

  it.each<[ExportFixture, string]>([
    ['broken-json', 'not-json'],
    ['truncated', 'truncated'],
    ['wrong-type', 'invalid-value'],
    ['newer-version', 'newer-version'],
    ['foreign', 'not-outward'],
    ['duplicate-ids', 'duplicate-id'],
    ['proto-keys', 'unsafe-key'],
  ])('leaves the database and settings untouched for the %s fixture', async (fixture, code) => {
    const db = await partlyFilledDb();
    const before = await readAllHistory(db);
    const settings = createDefaultSettings();
    settings.nudges.dailyCap = 7;
    await writeSettings(settings);

    const outcome = await runImport(readExportFixture(fixture), { restoreSettings: true }, using(db));

    expect(outcome).toMatchObject({ ok: false, problem: { code } });
    expect(await readAllHistory(db)).toEqual(before);
    expect((await readSettings()).settings).toEqual(settings);
  });

  it('replaces the settings with the file’s only when asked', async () => {
    const keep = await runImport(valid, { restoreSettings: false }, using(await openFreshHistoryDb()));
    const afterKeep = (await readSettings()).settings;
    const restore = await runImport(valid, { restoreSettings: true }, using(await openFreshHistoryDb()));

    expect(keep).toMatchObject({ ok: true, settingsRestored: false });
    expect(afterKeep).toEqual(DEFAULT_SETTINGS);
    expect(restore).toMatchObject({ ok: true, settingsRestored: true });
    expect((await readSettings()).settings).toEqual(fileSettings);
  });

  it('says plainly when history cannot be kept in this browser mode', async () => {
    const outcome = await runImport(
      valid,
      { restoreSettings: true },
      { openDb: async () => ({ ok: false, reason: 'unavailable', message: 'IndexedDB is not available' }) },
    );

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'history-unavailable' } });
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('changes nothing when the settings write is refused: no history, the earlier settings', async () => {
    const db = await openFreshHistoryDb();
    const settings = createDefaultSettings();
    settings.nudges.dailyCap = 7;
    await writeSettings(settings);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));

    const outcome = await runImport(valid, { restoreSettings: true }, using(db));

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'write-failed' } });
    expect(await readAllHistory(db)).toEqual({ episodes: [], nudges: [], acts: [], checkins: [] });
    expect((await readSettings()).settings).toEqual(settings);
  });

  it('puts the earlier settings back when the history write is refused after them', async () => {
    const db = await openFreshHistoryDb();
    const settings = createDefaultSettings();
    settings.nudges.dailyCap = 7;
    await writeSettings(settings);
    const refusing = new Proxy(db, {
      get: (target, name) =>
        name === 'transaction'
          ? () => {
              throw new DOMException('full', 'QuotaExceededError');
            }
          : (Reflect.get(target, name) as unknown),
    });

    const outcome = await runImport(valid, { restoreSettings: true }, using(refusing));

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'write-failed' } });
    expect((await readSettings()).settings).toEqual(settings);
  });

  it('says honestly when the earlier settings could not be put back either', async () => {
    const settings = createDefaultSettings();
    settings.nudges.dailyCap = 7;
    await writeSettings(settings);
    const db = await openFreshHistoryDb();
    const refusing = new Proxy(db, {
      get: (target, name) => {
        if (name !== 'transaction') return Reflect.get(target, name) as unknown;
        return () => {
          // From now on storage refuses too, so the earlier settings cannot go back.
          vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
          vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
          throw new DOMException('full', 'QuotaExceededError');
        };
      },
    });

    const outcome = await runImport(valid, { restoreSettings: true }, using(refusing));

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'settings-not-put-back' } });
    expect((await readSettings()).settings).toEqual(fileSettings);
  });
});

describe('importUpload', () => {
  it('imports the text uploaded under an id', async () => {
    const staging = createImportStaging();
    staging.append('up-1', 0, valid.slice(0, 1000));
    staging.append('up-1', 1, valid.slice(1000));

    const outcome = await importUpload(staging, 'up-1', { restoreSettings: false }, using(await openFreshHistoryDb()));

    expect(outcome).toMatchObject({ ok: true, summary: { total: 13 } });
  });

  it('answers interrupted when the upload is gone, e.g. after a worker restart', async () => {
    const outcome = await importUpload(createImportStaging(), 'up-1', { restoreSettings: false });

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'interrupted' } });
  });
});
