import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport, type HistoryContents } from '@/utils/domain/data/export-format';
import { parseImport } from '@/utils/domain/data/parse-import';
import {
  CHECKIN_CONTEXTS,
  EPISODE_END_REASONS,
  NUDGE_OUTCOMES,
  type ActRecord,
  type CheckinRecord,
  type EpisodeRecord,
  type NudgeRecord,
} from '@/utils/domain/history/records';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { ACT_CATEGORIES } from '@/utils/domain/settings/schema';
import { importHistory } from '@/utils/platform/data/import-history';
import { readAllHistory } from '@/utils/platform/data/read-history';
import { openFreshHistoryDb } from '@/tests/unit/helpers/data-transfer-db';

const id = fc.stringMatching(/^[\w-]{1,64}$/);
const time = fc.maxSafeNat().map((n) => n % (8.64e15 + 1));
const duration = fc.integer({ min: 0, max: 7 * 24 * 3600_000 });
// Any text, including quotes, control characters and astral symbols (each counts twice in UTF-16).
const text = (maxCodePoints: number) => fc.string({ unit: 'binary', maxLength: maxCodePoints });

const episode: fc.Arbitrary<EpisodeRecord> = fc.record({
  id,
  startedAt: time,
  lastActivityAt: time,
  endedAt: fc.option(time, { nil: null }),
  endReason: fc.option(fc.constantFrom(...EPISODE_END_REASONS), { nil: null }),
  doomMs: duration,
  activeMs: duration,
  sites: fc.array(text(100), { maxLength: 5 }),
  nudgeLevel: fc.integer({ min: 0, max: 3 }),
});
const nudge: fc.Arbitrary<NudgeRecord> = fc.record({
  id,
  at: time,
  episodeId: fc.option(id, { nil: null }),
  site: fc.option(text(100), { nil: null }),
  level: fc.constantFrom(1 as const, 2 as const, 3 as const),
  actId: text(40),
  outcome: fc.constantFrom(...NUDGE_OUTCOMES),
  outcomeAt: fc.option(time, { nil: null }),
});
const act: fc.Arbitrary<ActRecord> = fc.record({
  id,
  at: time,
  startedAt: fc.option(time, { nil: null }),
  actId: text(40),
  title: text(120),
  category: fc.constantFrom(...ACT_CATEGORIES),
  note: text(500),
  nudgeId: fc.option(id, { nil: null }),
});
const checkin: fc.Arbitrary<CheckinRecord> = fc.record({
  id,
  at: time,
  mood: fc.integer({ min: 1, max: 5 }),
  context: fc.constantFrom(...CHECKIN_CONTEXTS),
  note: text(500),
  actRecordId: fc.option(id, { nil: null }),
});
const store = <T extends { id: string }>(record: fc.Arbitrary<T>) =>
  fc.uniqueArray(record, { selector: (r) => r.id, maxLength: 8 });
const history: fc.Arbitrary<HistoryContents> = fc.record({
  episodes: store(episode),
  nudges: store(nudge),
  acts: store(act),
  checkins: store(checkin),
});

const byId = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('export → parse → import', () => {
  it('brings back any valid history exactly, and a second import adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.nat(), async (original, now) => {
        const settings = createDefaultSettings();
        const text = serializeExport(buildExport({ settings, history: original, appVersion: '0.1.0', now }));
        const parsed = parseImport(text);
        if (!parsed.ok) throw new Error(parsed.problem.message);
        const db = await openFreshHistoryDb('property');

        await importHistory(db, parsed.contents.history);
        const again = await importHistory(db, parsed.contents.history);
        const stored = await readAllHistory(db);
        db.close();

        expect(parsed.contents.settings).toEqual(settings);
        expect(stored).toEqual({
          episodes: byId(original.episodes),
          nudges: byId(original.nudges),
          acts: byId(original.acts),
          checkins: byId(original.checkins),
        });
        expect(again).toMatchObject({ ok: true, added: { episodes: 0, nudges: 0, acts: 0, checkins: 0 } });
      }),
      { numRuns: 60 },
    );
  });
});
