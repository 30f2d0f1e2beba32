import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMailbox } from '@/entrypoints/background/mailbox';
import { parseImport } from '@/utils/domain/data/parse-import';
import { createDefaultSettings, DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { clearHistory, deleteAllData } from '@/utils/platform/data/delete-all';
import { readAllHistory } from '@/utils/platform/data/read-history';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { writeHistory } from '@/utils/platform/db/history-writes';
import { actsRepo } from '@/utils/platform/db/repos';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import { readSettings, updateSettings, writeSettings } from '@/utils/platform/storage/settings-store';
import { readExportFixture } from '@/tests/unit/helpers/export-fixtures';
import { seededHistoryDb } from '@/tests/unit/helpers/data-transfer-db';
import { anAct } from '@/tests/unit/helpers/history-records';

const parsed = parseImport(readExportFixture('valid'));
if (!parsed.ok) throw new Error('fixture must be valid');
const { history } = parsed.contents;
const using = (db: HistoryDatabase) => async () => ({ ok: true as const, db });
const empty = { episodes: [], nudges: [], acts: [], checkins: [] };

describe('clearHistory', () => {
  it('empties the four stores and says how much each held', async () => {
    const db = await seededHistoryDb(history);

    const removed = await clearHistory(db);

    expect(removed).toEqual({ episodes: 3, nudges: 3, acts: 3, checkins: 4 });
    expect(await readAllHistory(db)).toEqual(empty);
  });
});

describe('deleteAllData', () => {
  it('clears history and every storage area, and settings return to their defaults', async () => {
    const db = await seededHistoryDb(history);
    const settings = createDefaultSettings();
    settings.detection.minutesBeforeNudge = 3;
    await writeSettings(settings);
    await fakeBrowser.storage.local.set({ settingsRepaired: ['nudges.dailyCap'], snoozes: { 'x.com': 1 } });
    await fakeBrowser.storage.session.set({ episode: { id: 'open' } });

    const result = await deleteAllData(using(db));

    expect(result).toEqual({ history: 'cleared', removed: { episodes: 3, nudges: 3, acts: 3, checkins: 4 } });
    expect(await readAllHistory(db)).toEqual(empty);
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('keeps working afterwards: the next history and settings writes land', async () => {
    const db = await seededHistoryDb(history);
    await deleteAllData(using(db));

    await actsRepo.add(db, history.acts[0]!);
    const update = await updateSettings({ nudges: { dailyCap: 5 } });

    expect((await readAllHistory(db)).acts).toEqual([history.acts[0]]);
    expect(update).toMatchObject({ ok: true, settings: { nudges: { dailyCap: 5 } } });
  });

  it('still resets storage when history cannot be kept in this browser mode', async () => {
    await writeSettings({ ...createDefaultSettings(), watchedSites: [] });

    const result = await deleteAllData(async () => ({ ok: false, reason: 'unavailable', message: 'no IndexedDB' }));

    expect(result).toMatchObject({ history: 'unavailable' });
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('lets a history write already on its way land before the deletion, never after it', async () => {
    vi.stubGlobal('indexedDB', new IDBFactory());
    try {
      // Storage answers slowly, as on a busy disk: the write is still reading its outbox when deletion starts.
      const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
      vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return get(keys);
      });
      // Both are tasks in the background's mailbox, as every history write and delete-all are.
      const mailbox = createMailbox();
      const writing = mailbox(() =>
        writeHistory({ store: 'acts', record: anAct('on-its-way', Date.UTC(2026, 10, 20, 9)) }),
      );

      const result = await mailbox(() => deleteAllData());
      await writing;

      const opened = await getHistoryDb();
      if (!opened.ok) throw new Error(opened.message);
      expect(result.removed.acts).toBe(1);
      expect(await readAllHistory(opened.db)).toEqual(empty);
    } finally {
      await closeHistoryDb();
      vi.unstubAllGlobals();
    }
  });
});
