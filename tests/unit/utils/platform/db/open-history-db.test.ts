import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import type { EpisodeRecord } from '@/utils/domain/history/records';
import { HISTORY_DB_VERSION } from '@/utils/platform/db/schema';
import { openHistoryDb } from '@/utils/platform/db/open-history-db';
import { episodesRepo } from '@/utils/platform/db/repos';

let counter = 0;
const freshName = () => `history-test-${++counter}-${Date.now()}`;

const episode = (id: string, startedAt: number): EpisodeRecord => ({
  id,
  startedAt,
  lastActivityAt: startedAt + 60_000,
  endedAt: null,
  endReason: null,
  doomMs: 30_000,
  activeMs: 60_000,
  sites: ['reddit.com'],
  nudgeLevel: 0,
});

describe('openHistoryDb', () => {
  it('creates the four record stores with their time indexes, and the daily roll-ups', async () => {
    const result = await openHistoryDb(freshName());

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { db } = result;
    expect([...db.objectStoreNames].sort()).toEqual(['acts', 'checkins', 'daily', 'episodes', 'nudges']);
    expect([...db.transaction('episodes').store.indexNames]).toEqual(['by-start']);
    expect([...db.transaction('nudges').store.indexNames].sort()).toEqual(['by-episode', 'by-time']);
    expect([...db.transaction('acts').store.indexNames]).toEqual(['by-time']);
    expect([...db.transaction('checkins').store.indexNames]).toEqual(['by-time']);
    expect(db.transaction('daily').store.keyPath).toBe('day');
    db.close();
  });

  it('keeps what was stored when opened again', async () => {
    const name = freshName();
    const first = await openHistoryDb(name);
    if (!first.ok) throw new Error('open failed');
    await episodesRepo.save(first.db, episode('e1', 1000));
    first.db.close();

    const second = await openHistoryDb(name);

    expect(second.ok && (await episodesRepo.get(second.db, 'e1'))).toEqual(episode('e1', 1000));
  });

  it('answers a typed "unavailable" result when IndexedDB refuses to open', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    });

    const result = await openHistoryDb(freshName());

    expect(result).toEqual({ ok: false, reason: 'unavailable', message: expect.stringContaining('InvalidStateError') });
  });

  it('answers "unavailable" when there is no IndexedDB at all', async () => {
    vi.stubGlobal('indexedDB', undefined);

    const result = await openHistoryDb(freshName());

    vi.unstubAllGlobals();
    expect(result).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('closes itself when a newer version wants to upgrade, instead of blocking it', async () => {
    const name = freshName();
    const onClosed = vi.fn();
    const opened = await openHistoryDb(name, onClosed);
    if (!opened.ok) throw new Error('open failed');

    // Without the blocking handler this open would wait forever for the old connection.
    const newer = await openDB(name, HISTORY_DB_VERSION + 1);

    expect(newer.version).toBe(HISTORY_DB_VERSION + 1);
    expect(onClosed).toHaveBeenCalledTimes(1);
    newer.close();
  });

  it('finds episodes by start time through the index', async () => {
    const result = await openHistoryDb(freshName());
    if (!result.ok) throw new Error('open failed');
    for (const [id, start] of [
      ['a', 100],
      ['b', 200],
      ['c', 300],
    ] as const)
      await episodesRepo.save(result.db, episode(id, start));

    const found = await episodesRepo.startedBetween(result.db, { from: 150, to: 300 });

    expect(found.map((e) => e.id)).toEqual(['b', 'c']);
    result.db.close();
  });
});

describe('openHistoryDb when an older page holds the database', () => {
  it('says plainly that it is blocked instead of waiting without a word', async () => {
    const name = `blocked-${Math.random().toString(36).slice(2)}`;
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      // Version 1 as it shipped: the four record stores.
      request.onupgradeneeded = () => {
        for (const store of ['episodes', 'nudges', 'acts', 'checkins']) {
          request.result.createObjectStore(store, { keyPath: 'id' });
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // An older page that ignores `versionchange`, as a page opened before an update might.
    older.onversionchange = null;

    const result = await openHistoryDb(name);
    older.close();

    expect(result).toMatchObject({ ok: false, reason: 'blocked' });
  });
});
