import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport, type HistoryContents } from '@/utils/domain/data/export-format';
import { parseImport } from '@/utils/domain/data/parse-import';
import { MAX_PROBLEM_PATH } from '@/utils/domain/data/import-problem';
import { EARLIEST_RECORD_AT, EXPORT_CLOCK_SLACK_MS } from '@/utils/domain/data/record-invariants';
import { HISTORY_STORES } from '@/utils/domain/history/records';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { applySettingsPatch } from '@/utils/domain/settings/patch';
import { repairSettings } from '@/utils/domain/settings/repair';
import { SettingsSchema, type Settings } from '@/utils/domain/settings/schema';
import { asImported } from '@/tests/unit/helpers/export-fixtures';
import { EXPORTED_AT, history, id } from '@/tests/unit/helpers/valid-history-arbitraries';

/** Fixed seed: a failure found once is found again on every run. 10,000 hostile inputs in all. */
const FILE_RUNS = { seed: 20_151, numRuns: 6_000 } as const;
const SETTINGS_RUNS = { seed: 20_152, numRuns: 4_000 } as const;
/** Thousands of runs take a while on a shared machine; the limit is for a hang, not a speed check. */
const LIMIT_MS = 120_000;
const NOW = EXPORTED_AT + 3600_000;

/** Values a hostile file puts where a field was: wrong types, edge numbers, odd strings, structures. */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(0, -1, 1.5, 8.64e15, 8.64e15 + 1, Number.MAX_SAFE_INTEGER, 1e308, EARLIEST_RECORD_AT - 1, NOW * 2),
  fc.constantFrom('', ' ', '2025-02-31T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '__proto__', 'javascript:alert(1)'),
  fc.constantFrom(null, true, [], {}),
);

interface Mutation {
  path: number[];
  kind: 'set' | 'delete' | 'duplicate';
  value: unknown;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  kind: fc.constantFrom('set' as const, 'set' as const, 'delete' as const, 'duplicate' as const),
  value: hostileValue,
});

/** Walks `path` (each step an index into the keys there) and changes what it lands on. */
function mutate(doc: unknown, { path, kind, value }: Mutation): void {
  let node = doc as Record<string, unknown>;
  for (const [depth, step] of path.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = keys[step % keys.length]!;
    const child = node[key];
    const last = depth === path.length - 1 || typeof child !== 'object' || child === null;
    if (!last) {
      node = child as Record<string, unknown>;
      continue;
    }
    if (kind === 'delete') {
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[key];
    } else if (kind === 'duplicate' && Array.isArray(node)) node.push(structuredClone(child));
    else node[key] = value;
    return;
  }
}

const validFile = fc.record({ history: history(3), people: fc.uniqueArray(id, { maxLength: 3 }) }).map((f) => {
  const settings = createDefaultSettings();
  settings.acts.people = f.people.map((personId) => ({ id: personId, name: `Friend ${personId}`, reach: null }));
  return { settings, history: f.history };
});
const documentOf = (file: { settings: Settings; history: HistoryContents }) =>
  JSON.parse(serializeExport(buildExport({ ...file, appVersion: '0.1.0', now: EXPORTED_AT }))) as Record<
    string,
    unknown
  >;

/** Checks, written apart from the import's own, that accepted history makes sense. */
function problemsIn(h: HistoryContents, exportedAt: number): string[] {
  const problems: string[] = [];
  const inBounds = (t: number | null) =>
    t === null || (t >= EARLIEST_RECORD_AT && t <= exportedAt + EXPORT_CLOCK_SLACK_MS);
  for (const store of HISTORY_STORES) {
    const ids = (h[store] as Array<{ id: string }>).map((r) => r.id);
    if (new Set(ids).size !== ids.length) problems.push(`${store}: repeated id`);
  }
  for (const e of h.episodes) {
    if (![e.startedAt, e.lastActivityAt, e.endedAt].every(inBounds)) problems.push('episode time');
    if (e.lastActivityAt < e.startedAt || (e.endedAt !== null && e.endedAt < e.startedAt))
      problems.push('episode order');
    if (e.doomMs > e.activeMs || e.activeMs > e.lastActivityAt - e.startedAt) problems.push('episode minutes');
    if ((e.endedAt === null) !== (e.endReason === null)) problems.push('episode end');
    // No detector here will ever end an episode that arrives open.
    if (e.endedAt === null) problems.push('episode still open');
  }
  for (const n of h.nudges) {
    if (![n.at, n.outcomeAt].every(inBounds)) problems.push('nudge time');
    if ((n.outcome === 'shown') !== (n.outcomeAt === null) || (n.outcomeAt !== null && n.outcomeAt < n.at))
      problems.push('nudge outcome');
  }
  for (const a of h.acts) {
    if (![a.at, a.startedAt].every(inBounds)) problems.push('act time');
    if (a.startedAt !== null && a.startedAt > a.at) problems.push('act order');
  }
  for (const c of h.checkins) {
    if (!inBounds(c.at)) problems.push('check-in time');
    if (c.context === 'standalone' && c.actRecordId !== null) problems.push('check-in tie');
    if (c.context === 'after' && c.actRecordId === null) problems.push('check-in tie');
  }
  return problems;
}

describe('import of hostile files (property)', () => {
  it(
    'never throws, accepts nothing invalid, explains in bounded text, and drops nothing valid',
    () => {
      fc.assert(
        fc.property(validFile, fc.array(mutation, { maxLength: 4 }), (file, mutations) => {
          const doc = documentOf(file);
          for (const m of mutations) mutate(doc, m);
          const text = JSON.stringify(doc);

          const parsed = parseImport(text, { now: NOW });

          if (parsed.ok) {
            const exportedAt = Date.parse(String(doc.exportedAt));
            expect(problemsIn(parsed.contents.history, exportedAt)).toEqual([]);
            expect(v.is(SettingsSchema, parsed.contents.settings)).toBe(true);
          } else {
            expect(parsed.problem.message.length).toBeLessThan(MAX_PROBLEM_PATH + 400);
          }
          if (mutations.length === 0) {
            expect(parsed.ok && parsed.contents.history).toEqual(asImported(file.history));
          }
        }),
        FILE_RUNS,
      );
    },
    LIMIT_MS,
  );
});

describe('settings from storage and updates (property)', () => {
  const validSettings = fc
    .record({
      people: fc.uniqueArray(id, { maxLength: 50 }),
      dailyCap: fc.integer({ min: 1, max: 20 }),
    })
    .map(({ people, dailyCap }) => {
      const settings = createDefaultSettings();
      settings.nudges.dailyCap = dailyCap;
      settings.acts.people = people.map((personId) => ({ id: personId, name: `Friend ${personId}`, reach: null }));
      return settings;
    });

  it(
    'repairs anything into valid settings without throwing, and keeps valid settings as they are',
    () => {
      fc.assert(
        fc.property(validSettings, fc.array(mutation, { maxLength: 3 }), (settings, mutations) => {
          const stored = structuredClone(settings) as unknown as Record<string, unknown>;
          for (const m of mutations) mutate(stored, m);

          const repaired = repairSettings(stored);
          const patched = applySettingsPatch(settings, stored);

          expect(v.is(SettingsSchema, repaired.settings)).toBe(true);
          if (patched.ok) expect(v.is(SettingsSchema, patched.settings)).toBe(true);
          if (mutations.length === 0) expect(repaired).toEqual({ settings, repaired: [], fresh: false });
        }),
        SETTINGS_RUNS,
      );
    },
    LIMIT_MS,
  );
});
