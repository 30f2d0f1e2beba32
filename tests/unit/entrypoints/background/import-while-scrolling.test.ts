import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, createHandlers } from '@/entrypoints/background/handlers';
import { createMailbox, type Mailbox } from '@/entrypoints/background/mailbox';
import { buildExport, serializeExport } from '@/utils/domain/data/export-format';
import type { ImportOutcome } from '@/utils/domain/data/outcomes';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { readAllHistory } from '@/utils/platform/data/read-history';
import { openHistoryDb, type HistoryOpenResult } from '@/utils/platform/db/open-history-db';
import { episodesRepo } from '@/utils/platform/db/repos';
import { IMPORT_CHUNK_CHARS } from '@/utils/platform/messaging/protocol';
import { readOutboxStatus } from '@/utils/platform/storage/outbox-store';
import { generateHistory } from '@/tests/fixtures/history/generate-history';
import { feedScrolling } from '@/tests/fixtures/scroll-traces/generators';

const history = vi.hoisted(() => ({ open: null as Promise<HistoryOpenResult> | null }));
vi.mock('@/utils/platform/history-status', () => ({ getHistoryDb: () => history.open }));

const NOW = Date.UTC(2026, 5, 17, 14, 30);
/** Records in the file: enough that checking and writing it take many turns of the event loop. */
const RECORDS = 20_000;
const tab = { tab: { id: 7 } } as Parameters<ReturnType<typeof createHandlers>['scroll/summary']>[1];
let dbCount = 0;

const largeFile = serializeExport(
  buildExport({
    settings: createDefaultSettings(),
    history: generateHistory({ count: RECORDS, seed: 3, endAt: NOW - 3600_000, days: 400 }),
    appVersion: '0.1.0',
    now: NOW,
  }),
);

/** A worker around a mailbox that counts the tasks it has finished. */
function worker() {
  const mailbox = createMailbox();
  const finished = { tasks: 0 };
  const counting: Mailbox = (task) =>
    mailbox(async () => {
      try {
        return await task();
      } finally {
        finished.tasks += 1;
      }
    });
  const handlers = createHandlers(
    createBackground({ mailbox: counting, detection: { now: () => NOW, newId: () => 'ep-scrolled' } }),
  );
  return { handlers, finished };
}

/** Uploads the file as the options page does and asks for its import; resolves with the outcome. */
async function startImport(handlers: ReturnType<typeof createHandlers>): Promise<{ outcome: Promise<ImportOutcome> }> {
  const importId = 'import-1';
  for (let index = 0, at = 0; at < largeFile.length; index++, at += IMPORT_CHUNK_CHARS) {
    await handlers['data/import-chunk']({ importId, index, text: largeFile.slice(at, at + IMPORT_CHUNK_CHARS) }, {});
  }
  return { outcome: handlers['data/import']({ importId, restoreSettings: false }, {}) as Promise<ImportOutcome> };
}

/** One window of fast feed scrolling that ended just now: it opens an episode and checkpoints it. */
const summary = () => feedScrolling({ start: NOW - 15_000, minutes: 0.25 })[0]!;

const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

async function db() {
  const opened = await history.open!;
  if (!opened.ok) throw new Error(opened.message);
  return opened.db;
}

beforeEach(() => {
  history.open = openHistoryDb(`import-while-scrolling-${++dbCount}`);
  fakeBrowser.reset();
});

describe('a large import in the background', () => {
  it('answers a scroll summary that arrives while the file is being checked, before the import ends', async () => {
    const { handlers } = worker();
    const answered: string[] = [];

    const importing = (await startImport(handlers)).outcome.then(() => answered.push('import'));
    await nextTurn();
    const folding = Promise.resolve(handlers['scroll/summary'](summary(), tab)).then(() => answered.push('summary'));
    await Promise.all([importing, folding]);

    expect(answered).toEqual(['summary', 'import']);
    expect((await readAllHistory(await db())).acts.length).toBeGreaterThan(0);
  });

  it('answers a scroll summary that arrives while the history is written, keeping its record until the merge ends', async () => {
    const { handlers, finished } = worker();
    const answered: string[] = [];
    let waitingWhenAnswered = -1;

    const { outcome } = await startImport(handlers);
    const importing = outcome.then(() => answered.push('import'));
    // The first task of the import is the one that starts the merge; the merge goes on after it.
    while (finished.tasks < 1) await nextTurn();
    const folding = Promise.resolve(handlers['scroll/summary'](summary(), tab)).then(async () => {
      answered.push('summary');
      waitingWhenAnswered = (await readOutboxStatus()).waiting;
    });
    await Promise.all([importing, folding]);

    expect(answered).toEqual(['summary', 'import']);
    expect(waitingWhenAnswered).toBe(1);
    expect(await outcome).toMatchObject({ ok: true, added: { episodes: expect.any(Number) as number } });
    expect(await episodesRepo.get(await db(), 'ep-scrolled')).toMatchObject({ endedAt: null, sites: ['reddit.com'] });
    expect(await readOutboxStatus()).toEqual({ waiting: 0, dropped: 0 });
  });
});
