import { describe, expect, it, vi } from 'vitest';
import { buildExport, serializeExport, type HistoryContents } from '@/utils/domain/data/export-format';
import { parseImport } from '@/utils/domain/data/parse-import';
import { importHistory } from '@/utils/platform/data/import-history';
import { exportEverything, readAllHistory } from '@/utils/platform/data/read-history';
import { actsRepo } from '@/utils/platform/db/repos';
import { readAllRollups, rebuildRollups } from '@/utils/platform/db/rollups';
import { readExportFixture } from '@/tests/unit/helpers/export-fixtures';
import { openFreshHistoryDb, seededHistoryDb, UTC_DAYS } from '@/tests/unit/helpers/data-transfer-db';

const fixture = parseImport(readExportFixture('valid'));
if (!fixture.ok) throw new Error('fixture must be valid');
const { settings, history } = fixture.contents;
const byId = <T extends { id: string }>(records: T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const sorted = (h: HistoryContents): HistoryContents => ({
  episodes: byId(h.episodes),
  nudges: byId(h.nudges),
  acts: byId(h.acts),
  checkins: byId(h.checkins),
});

describe('export and import', () => {
  it('round-trips a whole history losslessly: export, file text, parse, import', async () => {
    const source = await seededHistoryDb(history);
    const doc = await exportEverything(source, settings, { now: Date.UTC(2025, 3, 1), appVersion: '0.1.0' });
    const parsed = parseImport(serializeExport(doc));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const target = await openFreshHistoryDb();

    await importHistory(target, parsed.contents.history, UTC_DAYS);

    expect(await readAllHistory(target)).toEqual(await readAllHistory(source));
    expect(sorted(await readAllHistory(target))).toEqual(sorted(history));
    expect(parsed.contents.settings).toEqual(settings);
  });

  it('exports settings and an empty history when there is no database', async () => {
    const doc = await exportEverything(null, settings, { now: 0, appVersion: '1' });

    expect(doc).toEqual(
      buildExport({ settings, history: { episodes: [], nudges: [], acts: [], checkins: [] }, appVersion: '1', now: 0 }),
    );
  });
});

describe('importHistory', () => {
  it('adds every record to an empty database and counts them', async () => {
    const db = await openFreshHistoryDb();

    const result = await importHistory(db, history, UTC_DAYS);

    expect(result).toEqual({
      ok: true,
      added: { episodes: 3, nudges: 3, acts: 3, checkins: 4 },
      alreadyPresent: { episodes: 0, nudges: 0, acts: 0, checkins: 0 },
    });
  });

  it('changes nothing when the same file is imported twice', async () => {
    const db = await openFreshHistoryDb();
    await importHistory(db, history, UTC_DAYS);
    const before = await readAllHistory(db);

    const second = await importHistory(db, history, UTC_DAYS);

    expect(second).toEqual({
      ok: true,
      added: { episodes: 0, nudges: 0, acts: 0, checkins: 0 },
      alreadyPresent: { episodes: 3, nudges: 3, acts: 3, checkins: 4 },
    });
    expect(await readAllHistory(db)).toEqual(before);
  });

  it('merges beside existing records and never overwrites one with the same id', async () => {
    const db = await openFreshHistoryDb();
    const mine = { ...history.acts[0]!, note: 'written after the export' };
    const other = { ...history.acts[0]!, id: 'act-only-here' };
    await actsRepo.add(db, mine);
    await actsRepo.add(db, other);

    const result = await importHistory(db, history, UTC_DAYS);

    expect(result).toMatchObject({ ok: true, added: { acts: 2 }, alreadyPresent: { acts: 1 } });
    const acts = (await readAllHistory(db)).acts;
    expect(acts).toHaveLength(4);
    expect(acts.find((a) => a.id === mine.id)).toEqual(mine);
  });

  it('keeps nothing of the file when one write fails part-way', async () => {
    const db = await seededHistoryDb({ ...history, acts: [], checkins: [] });
    const before = await readAllHistory(db);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 5) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });

    const result = await importHistory(db, history, UTC_DAYS);

    expect(result).toMatchObject({
      ok: false,
      problem: { code: 'write-failed', params: { reason: 'QuotaExceededError' } },
    });
    // It stops at the refused write and takes back the four before it.
    expect(calls).toBe(5);
    expect(await readAllHistory(db)).toEqual(before);
  });

  it('writes in slices within one transaction: every record and roll-up, as in one go', async () => {
    const sliced = await openFreshHistoryDb();
    const whole = await openFreshHistoryDb();

    const result = await importHistory(sliced, history, UTC_DAYS, { sliceMs: 0 });
    await importHistory(whole, history, UTC_DAYS, { sliceMs: 60_000 });

    expect(result).toMatchObject({ ok: true, added: { episodes: 3, nudges: 3, acts: 3, checkins: 4 } });
    expect(await readAllHistory(sliced)).toEqual(await readAllHistory(whole));
    expect(await readAllRollups(sliced)).toEqual(await readAllRollups(whole));
  });

  it('keeps nothing of the file when a write in a later slice fails', async () => {
    const db = await seededHistoryDb({ ...history, acts: [], checkins: [] });
    const before = await readAllHistory(db);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 6) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });

    const result = await importHistory(db, history, UTC_DAYS, { sliceMs: 0 });

    expect(result).toMatchObject({ ok: false, problem: { params: { reason: 'QuotaExceededError' } } });
    expect(await readAllHistory(db)).toEqual(before);
    expect(await readAllRollups(db)).toEqual(
      await readAllRollups(await seededHistoryDb({ ...history, acts: [], checkins: [] })),
    );
  });

  it('fills the daily roll-ups in the same step, so the journal and popup count the imported history at once', async () => {
    const db = await seededHistoryDb({ ...history, acts: history.acts.slice(0, 1), checkins: [] });

    await importHistory(db, history, UTC_DAYS);
    await importHistory(db, history, UTC_DAYS);
    const filled = await readAllRollups(db);
    await rebuildRollups(db, UTC_DAYS);
    const rebuilt = await readAllRollups(db);
    db.close();

    expect(filled.reduce((sum, day) => sum + day.acts, 0)).toBe(history.acts.length);
    expect(filled).toEqual(rebuilt);
  });
});
