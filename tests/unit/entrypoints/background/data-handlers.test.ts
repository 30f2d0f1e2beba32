import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { buildExport, serializeExport } from '@/utils/domain/data/export-format';
import type { ActRecord } from '@/utils/domain/history/records';
import { createDefaultSettings, DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { importFile } from '@/utils/platform/data/import-client';
import { clearHistory } from '@/utils/platform/data/delete-all';
import { readAllHistory } from '@/utils/platform/data/read-history';
import { getHistoryDb } from '@/utils/platform/history-status';
import { MessageFailure, type sendMessage } from '@/utils/platform/messaging/client';
import { IMPORT_CHUNK_CHARS } from '@/utils/platform/messaging/protocol';
import { createRouter } from '@/utils/platform/messaging/router';
import { readSettings } from '@/utils/platform/storage/settings-store';
import { readExportFixture } from '@/tests/unit/helpers/export-fixtures';

const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };
const page = { id: own.id, url: `${own.baseUrl}options.html` };

/** `sendMessage` as an options page would use it, answered by a worker whose handlers can be rebuilt. */
function worker() {
  let route = createRouter(createHandlers(), own);
  const send = (async (type, data) => {
    const reply = await route({ type, data }, page);
    if (!reply.ok) throw new MessageFailure(reply.error);
    return reply.data;
  }) as typeof sendMessage;
  return { send, restart: () => (route = createRouter(createHandlers(), own)) };
}

async function historyDb() {
  const opened = await getHistoryDb();
  if (!opened.ok) throw new Error(opened.message);
  return opened.db;
}

/** An export large enough to travel in several chunks. */
function largeExport(): string {
  const acts: ActRecord[] = Array.from({ length: 600 }, (_, i) => ({
    id: `act-${i}`,
    at: 1_700_000_000_000 + i * 60_000,
    startedAt: null,
    actId: 'thank_a_helper',
    title: 'Thank someone whose answer helped you',
    category: 'online',
    note: `note ${i}: "quoted", with commas`,
    nudgeId: null,
  }));
  const history = { episodes: [], nudges: [], acts, checkins: [] };
  return serializeExport(
    buildExport({
      settings: createDefaultSettings(),
      history,
      appVersion: '0.1.0',
      now: 1_700_000_000_000 + 601 * 60_000,
    }),
  );
}

afterEach(async () => clearHistory(await historyDb()));

describe('data handlers', () => {
  it('imports a file sent in chunks and finds every record in the history', async () => {
    const text = largeExport();
    const { send } = worker();

    const outcome = await importFile(text, { restoreSettings: false }, send);

    expect(text.length).toBeGreaterThan(3 * IMPORT_CHUNK_CHARS);
    expect(outcome).toMatchObject({ ok: true, added: { acts: 600 }, alreadyPresent: { acts: 0 } });
    expect((await readAllHistory(await historyDb())).acts).toHaveLength(600);
  });

  it('sends the file again when the worker restarted during the upload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const text = largeExport();
    const { send, restart } = worker();
    let chunks = 0;
    const flaky = (async (type, data) => {
      if (type === 'data/import-chunk' && ++chunks === 2) restart();
      return send(type, data);
    }) as typeof sendMessage;

    const outcome = await importFile(text, { restoreSettings: false }, flaky);

    expect(outcome).toMatchObject({ ok: true, added: { acts: 600 } });
  });

  it('answers a broken file with its problem and changes nothing', async () => {
    const { send } = worker();

    const outcome = await importFile(readExportFixture('truncated'), { restoreSettings: true }, send);

    expect(outcome).toMatchObject({ ok: false, problem: { code: 'truncated', params: { line: 142 } } });
    expect(await readAllHistory(await historyDb())).toEqual({ episodes: [], nudges: [], acts: [], checkins: [] });
  });

  it('answers an empty file as empty', async () => {
    const { send } = worker();

    expect(await importFile('', { restoreSettings: false }, send)).toMatchObject({
      ok: false,
      problem: { code: 'empty' },
    });
  });

  it('deletes all data on data/delete-all, after which imports work again', async () => {
    const { send } = worker();
    await importFile(readExportFixture('valid'), { restoreSettings: true }, send);

    const deleted = await send('data/delete-all', {});
    const again = await importFile(readExportFixture('valid'), { restoreSettings: false }, send);

    expect(deleted).toEqual({ history: 'cleared', removed: { episodes: 3, nudges: 3, acts: 3, checkins: 4 } });
    expect(again).toMatchObject({ ok: true, added: { episodes: 3, nudges: 3, acts: 3, checkins: 4 } });
    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses data messages from content scripts', async () => {
    const route = createRouter(createHandlers(), own, { warn: () => undefined, error: () => undefined });

    const reply = await route({ type: 'data/delete-all', data: {} }, { id: own.id, url: 'https://reddit.com/' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
