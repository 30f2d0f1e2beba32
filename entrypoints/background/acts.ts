import { startPendingAct } from '@/utils/domain/acts/pending';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import {
  afterCheckinRecord,
  canEditCheckin,
  findBeforeCheckin,
  standaloneCheckinRecord,
} from '@/utils/domain/checkins';
import { doneActRecord } from '@/utils/domain/history/acts';
import { MOOD_PAIR_WINDOW_MS } from '@/utils/domain/stats/mood-pairs';
import type { HistoryDatabase } from '@/utils/platform/db/open-history-db';
import { saveRecord, writeHistory } from '@/utils/platform/db/history-writes';
import { checkinsRepo } from '@/utils/platform/db/repos';
import { getHistoryDb } from '@/utils/platform/history-status';
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
import { createMailbox, type Mailbox } from './mailbox';
import { pickAct } from './pick-act';

/** What the act handlers take from the world; tests pass fixed ones. */
export interface ActDeps {
  now: () => number;
  random: () => number;
  newId: () => string;
}

// The clock is read through `Date` at each call (not `Date.now` kept from start-up), so a page's tests that set it set it here too.
const defaultDeps: ActDeps = { now: () => Date.now(), random: Math.random, newId: () => crypto.randomUUID() };

type ActHandlers = Pick<
  Handlers,
  'act/current' | 'act/suggest' | 'act/start' | 'act/complete' | 'act/abandon' | 'checkin/save'
>;

/** The act lifecycle: offer an idea, start it (*Do it*), finish it with a note and a mood, or let it go. */
export function createActHandlers(deps: ActDeps = defaultDeps, mailbox: Mailbox = createMailbox()): ActHandlers {
  async function historyOrThrow(): Promise<HistoryDatabase> {
    const history = await getHistoryDb();
    if (!history.ok) throw new Error(`history unavailable: ${history.message}`);
    return history.db;
  }

  async function suggest(exclude: string | null): Promise<ResolvedAct | null> {
    const { settings } = await readSettings();
    const act = await pickAct(settings, null, exclude, deps.now(), deps.random);
    await writeOfferedAct(act);
    return act;
  }

  /**
   * After an act is done or let go, the next idea is picked at once, so the popup can show it from
   * storage without waking the worker. A failure here costs only that: the popup asks later.
   */
  async function pickNextIdea(previous: string | null): Promise<void> {
    try {
      await suggest(previous);
    } catch (error) {
      console.warn('[outward] the next idea could not be picked yet', error);
    }
  }

  return {
    'act/current': () =>
      mailbox(async () => {
        const current = await readCurrentAct(deps.now());
        return current.pending || current.offered ? current : { ...current, offered: await suggest(null) };
      }),
    'act/suggest': ({ exclude }) => mailbox(async () => ({ act: await suggest(exclude) })),
    'act/start': ({ act, nudgeId }) =>
      mailbox(async () => {
        // The record's id is fixed now, so however often *Done* arrives, one record is written.
        const pending = startPendingAct(act, nudgeId, deps.now(), deps.newId());
        await writePendingAct(pending);
        await writeOfferedAct(null);
        return { pending };
      }),
    'act/complete': ({ note, moodAfter, given }) =>
      mailbox(async () => {
        const now = deps.now();
        const pending = await readPendingAct(now);
        if (!pending) throw new Error('there is no act in progress');
        const db = await historyOrThrow();
        const dayKeyOf = localDayKeyOf();
        const act = doneActRecord(pending, note, now, given ?? null);
        await saveRecord(db, { store: 'acts', record: act }, dayKeyOf);
        // Every write from here has a fixed id too: a retry after a failure below writes the same records again.
        const recent = await checkinsRepo.between(db, { from: pending.startedAt - MOOD_PAIR_WINDOW_MS, to: now });
        const before = findBeforeCheckin(recent, pending.startedAt, now);
        if (before) {
          const paired = { ...before, context: 'before' as const, actRecordId: act.id };
          await writeHistory({ store: 'checkins', record: paired }, dayKeyOf);
        }
        if (moodAfter !== null) {
          await writeHistory({ store: 'checkins', record: afterCheckinRecord(act, moodAfter) }, dayKeyOf);
        }
        await clearPendingAct();
        await pickNextIdea(pending.act.id);
        return { act };
      }),
    'act/abandon': () =>
      mailbox(async () => {
        const pending = await readPendingAct(deps.now());
        await clearPendingAct();
        await pickNextIdea(pending?.act.id ?? null);
        return {};
      }),
    'checkin/save': ({ mood, note, id }) =>
      mailbox(async () => {
        const now = deps.now();
        const db = await historyOrThrow();
        const previous = id ? await db.get('checkins', id) : undefined;
        const checkin =
          previous && canEditCheckin(previous, now)
            ? { ...previous, mood, note }
            : standaloneCheckinRecord({ id: deps.newId(), now, mood, note });
        await saveRecord(db, { store: 'checkins', record: checkin }, localDayKeyOf());
        return { checkin };
      }),
  };
}
