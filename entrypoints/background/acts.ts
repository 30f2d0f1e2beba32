import { tallyActOutcomes } from '@/utils/domain/acts/outcomes';
import { startPendingAct } from '@/utils/domain/acts/pending';
import { givingContext } from '@/utils/domain/giving/plan';
import { uiLanguage } from '@/utils/platform/locale';
import { buildActPool } from '@/utils/domain/acts/personalise';
import { pickKindAct } from '@/utils/domain/acts/picker';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { canEditCheckin, findBeforeCheckin } from '@/utils/domain/checkins';
import type { ActRecord, CheckinRecord } from '@/utils/domain/history/records';
import { MOOD_PAIR_WINDOW_MS } from '@/utils/domain/stats/mood-pairs';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { holdingHistoryWrites, writeHistory } from '@/utils/platform/db/history-writes';
import { recordAct, recordCheckin } from '@/utils/platform/db/record-with-rollup';
import { actsRepo, checkinsRepo, nudgesRepo } from '@/utils/platform/db/repos';
import { getHistoryDb } from '@/utils/platform/history-status';
import { t } from '@/utils/platform/i18n';
import type { Handlers } from '@/utils/platform/messaging/router';
import {
  clearPendingAct,
  readCurrentAct,
  readPendingAct,
  writeOfferedAct,
  writePendingAct,
} from '@/utils/platform/storage/act-store';
import { readSettings } from '@/utils/platform/storage/settings-store';
import { localDayKeyOf } from '@/utils/platform/time-zone';

/** Past outcomes older than this do not steer the picker any more (ms): 180 days. */
const OUTCOME_MEMORY_MS = 180 * 24 * 3600_000;

/** What the act handlers take from the world; tests pass fixed ones. */
export interface ActDeps {
  now: () => number;
  random: () => number;
  newId: () => string;
}

const defaultDeps: ActDeps = { now: Date.now, random: Math.random, newId: () => crypto.randomUUID() };

type ActHandlers = Pick<
  Handlers,
  'act/current' | 'act/suggest' | 'act/start' | 'act/complete' | 'act/abandon' | 'checkin/save'
>;

/** The act lifecycle: offer an idea, start it (*Do it*), finish it with a note and a mood, or let it go. */
export function createActHandlers(deps: ActDeps = defaultDeps): ActHandlers {
  async function historyOrThrow(): Promise<HistoryDatabase> {
    const history = await getHistoryDb();
    if (!history.ok) throw new Error(`history unavailable: ${history.message}`);
    return history.db;
  }

  async function suggest(exclude: string | null, site: string | null): Promise<ResolvedAct | null> {
    const [{ settings }, history] = await Promise.all([readSettings(), getHistoryDb()]);
    const range = { from: deps.now() - OUTCOME_MEMORY_MS, to: deps.now() };
    // Without history the picker still works, just without learning from the past.
    const [acts, nudges] = history.ok
      ? await Promise.all([actsRepo.between(history.db, range), nudgesRepo.between(history.db, range)])
      : [[], []];
    const act = pickKindAct({
      // Place links follow the person's country; giving acts rest once the month's gifts reach the limit.
      pool: buildActPool({
        acts: settings.acts,
        t,
        giving: givingContext(settings.giving, { locale: uiLanguage(), entries: acts, now: deps.now() }),
      }),
      settings: settings.acts,
      site,
      outcomes: tallyActOutcomes({ acts, nudges }),
      lastActId: exclude,
      random: deps.random,
    });
    await writeOfferedAct(act);
    return act;
  }

  /**
   * After an act is done or let go, the next idea is picked at once, so the popup can show it from
   * storage without waking the worker. A failure here costs only that: the popup asks later.
   */
  async function pickNextIdea(previous: string | null): Promise<void> {
    try {
      await suggest(previous, null);
    } catch (error) {
      console.warn('[outward] the next idea could not be picked yet', error);
    }
  }

  return {
    'act/current': async () => {
      const current = await readCurrentAct(deps.now());
      return current.pending || current.offered ? current : { ...current, offered: await suggest(null, null) };
    },
    'act/suggest': async ({ exclude }) => ({ act: await suggest(exclude, null) }),
    'act/start': async ({ act, nudgeId }) => {
      const pending = startPendingAct(act, nudgeId, deps.now());
      await writePendingAct(pending);
      await writeOfferedAct(null);
      return { pending };
    },
    'act/complete': async ({ note, moodAfter, given }) => {
      const now = deps.now();
      const pending = await readPendingAct(now);
      if (!pending) throw new Error('there is no act in progress');
      const db = await historyOrThrow();
      const dayKeyOf = localDayKeyOf();
      const act: ActRecord = {
        id: deps.newId(),
        at: now,
        startedAt: pending.startedAt,
        actId: pending.act.id,
        title: pending.act.title,
        category: pending.act.category,
        note,
        nudgeId: pending.nudgeId,
        // Only what the person said they gave, tied to the cause the act was for.
        ...(given ? { given: { ...given, causeId: pending.act.causeId ?? null } } : {}),
      };
      // In line with every other history write, so none lands after a delete-all that started earlier.
      await holdingHistoryWrites(() => recordAct(db, act, dayKeyOf));
      // The act is stored: from here a failed write waits in the outbox, so a retry cannot record the act twice.
      const recent = await checkinsRepo.between(db, { from: pending.startedAt - MOOD_PAIR_WINDOW_MS, to: now });
      const before = findBeforeCheckin(recent, pending.startedAt, now);
      if (before) {
        await writeHistory(
          { store: 'checkins', record: { ...before, context: 'before', actRecordId: act.id } },
          dayKeyOf,
        );
      }
      if (moodAfter !== null) {
        const after: CheckinRecord = {
          id: deps.newId(),
          at: now,
          mood: moodAfter,
          context: 'after',
          note: '',
          actRecordId: act.id,
        };
        await writeHistory({ store: 'checkins', record: after }, dayKeyOf);
      }
      await clearPendingAct();
      await pickNextIdea(pending.act.id);
      return { act };
    },
    'act/abandon': async () => {
      const pending = await readPendingAct(deps.now());
      await clearPendingAct();
      await pickNextIdea(pending?.act.id ?? null);
      return {};
    },
    'checkin/save': async ({ mood, note, id }) => {
      const now = deps.now();
      const db = await historyOrThrow();
      const previous = id ? await db.get('checkins', id) : undefined;
      const checkin: CheckinRecord =
        previous && canEditCheckin(previous, now)
          ? { ...previous, mood, note }
          : { id: deps.newId(), at: now, mood, context: 'standalone', note, actRecordId: null };
      await holdingHistoryWrites(() => recordCheckin(db, checkin, localDayKeyOf()));
      return { checkin };
    },
  };
}
