import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '@/utils/domain/data/export-format';
import { parseImport } from '@/utils/domain/data/parse-import';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { importHistory } from '@/utils/platform/data/import-history';
import { readAllHistory } from '@/utils/platform/data/read-history';
import { openFreshHistoryDb, UTC_DAYS } from '@/tests/unit/helpers/data-transfer-db';
import { asImported } from '@/tests/unit/helpers/export-fixtures';
import { EXPORTED_AT, history } from '@/tests/unit/helpers/valid-history-arbitraries';

const byId = <T extends { id: string }>(records: T[]) =>
  [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('export → parse → import', () => {
  it('brings back any valid history exactly (an open episode closed as imported), and a second import adds nothing', async () => {
    await fc.assert(
      fc.asyncProperty(history(), async (original) => {
        const settings = createDefaultSettings();
        const text = serializeExport(
          buildExport({ settings, history: original, appVersion: '0.1.0', now: EXPORTED_AT }),
        );
        const parsed = parseImport(text);
        if (!parsed.ok) throw new Error(parsed.problem.message);
        const db = await openFreshHistoryDb('property');

        await importHistory(db, parsed.contents.history, UTC_DAYS);
        const again = await importHistory(db, parsed.contents.history, UTC_DAYS);
        const stored = await readAllHistory(db);
        db.close();

        expect(parsed.contents.settings).toEqual(settings);
        const imported = asImported(original);
        expect(stored).toEqual({
          episodes: byId(imported.episodes),
          nudges: byId(imported.nudges),
          acts: byId(imported.acts),
          checkins: byId(imported.checkins),
        });
        expect(again).toMatchObject({ ok: true, added: { episodes: 0, nudges: 0, acts: 0, checkins: 0 } });
      }),
      { numRuns: 60 },
    );
  });
});
