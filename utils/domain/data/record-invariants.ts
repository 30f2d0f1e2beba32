import { runSteps, STEP_RECORDS, type Steps } from '../steps';
import type { HistoryContents } from './export-format';
import { importProblem, type ImportProblem } from './import-problem';

/** No Outward record is older than this (ms): the extension did not exist before 2020. */
export const EARLIEST_RECORD_AT = Date.UTC(2020, 0, 1);
/** Slack after the file's `exportedAt` for a record's time (ms): clocks of two devices disagree a little. */
export const EXPORT_CLOCK_SLACK_MS = 24 * 3600_000;

/** A rule a record breaks, with the path of the field that shows it. */
interface Broken {
  path: string;
  rule: string;
}

type Check<R> = (record: R) => Broken | null;

const broken = (path: string, rule: string): Broken => ({ path, rule });

const episodeRules: Check<HistoryContents['episodes'][number]> = (e) => {
  if (e.lastActivityAt < e.startedAt) return broken('lastActivityAt', 'lastActivityAt before startedAt');
  if ((e.endedAt === null) !== (e.endReason === null))
    return broken('endReason', 'endedAt and endReason must be set together');
  if (e.endedAt !== null && e.endedAt < e.lastActivityAt) return broken('endedAt', 'endedAt before lastActivityAt');
  if (e.doomMs > e.activeMs) return broken('doomMs', 'doomMs above activeMs');
  if (e.activeMs > e.lastActivityAt - e.startedAt) return broken('activeMs', 'activeMs longer than the episode');
  return null;
};

const nudgeRules: Check<HistoryContents['nudges'][number]> = (n) => {
  if (n.outcome === 'shown' && n.outcomeAt !== null) return broken('outcomeAt', 'outcomeAt set on a shown nudge');
  if (n.outcome !== 'shown' && n.outcomeAt === null) return broken('outcomeAt', 'an answered nudge needs outcomeAt');
  if (n.outcomeAt !== null && n.outcomeAt < n.at) return broken('outcomeAt', 'outcomeAt before at');
  return null;
};

const actRules: Check<HistoryContents['acts'][number]> = (a) =>
  a.startedAt !== null && a.startedAt > a.at ? broken('startedAt', 'startedAt after at') : null;

const checkinRules: Check<HistoryContents['checkins'][number]> = (c) => {
  if (c.context === 'standalone' && c.actRecordId !== null)
    return broken('actRecordId', 'a standalone check-in has no actRecordId');
  if (c.context === 'after' && c.actRecordId === null)
    return broken('actRecordId', 'an after check-in needs actRecordId');
  return null;
};

const TIME_FIELDS = {
  episodes: ['startedAt', 'lastActivityAt', 'endedAt'],
  nudges: ['at', 'outcomeAt'],
  acts: ['at', 'startedAt'],
  checkins: ['at'],
} as const;

/**
 * The first record that makes no sense, as a problem: a time outside [2020, `exportedAt` + a day],
 * or fields that contradict each other (an episode ending before it began, more doom than
 * activity, an answered nudge without its answer's time, a check-in tied the wrong way). Null
 * when every record holds together.
 */
export function findInconsistentRecord(history: HistoryContents, exportedAtMs: number): ImportProblem | null {
  return runSteps(findInconsistentRecordSteps(history, exportedAtMs));
}

/** `findInconsistentRecord` as stepped work: it yields every few thousand records (utils/domain/steps.ts). */
export function* findInconsistentRecordSteps(
  history: HistoryContents,
  exportedAtMs: number,
): Steps<ImportProblem | null> {
  const latest = exportedAtMs + EXPORT_CLOCK_SLACK_MS;
  const stores = [
    ['episodes', episodeRules],
    ['nudges', nudgeRules],
    ['acts', actRules],
    ['checkins', checkinRules],
  ] as const;
  for (const [store, rules] of stores) {
    const records = history[store] as ReadonlyArray<Record<string, unknown>>;
    const check = rules as Check<Record<string, unknown>>;
    for (const [index, record] of records.entries()) {
      const at = `history.${store}[${index}]`;
      for (const field of TIME_FIELDS[store]) {
        const time = record[field];
        if (typeof time === 'number' && (time < EARLIEST_RECORD_AT || time > latest)) {
          return importProblem(
            'invalid-value',
            { expected: 'a time from 2020 to the export date', received: String(time) },
            `${at}.${field}`,
          );
        }
      }
      const found = check(record);
      if (found) return importProblem('inconsistent-record', { rule: found.rule }, `${at}.${found.path}`);
      if (index % (STEP_RECORDS * 4) === 0) yield;
    }
  }
  return null;
}
