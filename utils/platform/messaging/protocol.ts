import * as v from 'valibot';
import { AmountSchema, CurrencySchema } from '@/utils/domain/giving/gift';
import { ScrollSummarySchema } from '@/utils/domain/detection/summary';
import {
  CARD_ANSWERS,
  NudgeIdSchema,
  type NudgeAnotherReply,
  type NudgeOutcomeReply,
} from '@/utils/domain/nudges/card-messages';
import type { Settings } from '@/utils/domain/settings/schema';
import type { DeleteAllResult, ImportOutcome } from '@/utils/domain/data/outcomes';
import type { PendingAct } from '@/utils/domain/acts/pending';
import { ResolvedActSchema, type ResolvedAct } from '@/utils/domain/acts/types';
import type { ActRecord, CheckinRecord } from '@/utils/domain/history/records';
import { EntryEditSchema, EntryRefSchema, PastActSchema } from '@/utils/domain/history/entry-edits';
import type { CurrentAct } from '../storage/act-store';

/**
 * Characters of an import file per `data/import-chunk`. JSON escaping can grow text up to six
 * times and the router takes at most 256 KiB of JSON per message, so 40,000 always fits.
 */
export const IMPORT_CHUNK_CHARS = 40_000;
/** Names one upload of an import file (a random UUID from the page). */
const ImportIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));
const MoodSchema = v.picklist([1, 2, 3, 4, 5]);
const NoteSchema = v.pipe(v.string(), v.maxLength(1000));
const RecordIdSchema = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

/**
 * Every message the background understands: its request schema (checked at run time by the
 * router), who may send it, and (in `ResponseMap`) what it answers. Types are `'<area>/<verb>'`.
 */
export const REQUESTS = {
  /** Liveness and version, for pages and tests. */
  'app/ping': { from: 'any', schema: v.strictObject({}) },
  /** Current settings and any fields repaired when they were last read from storage. */
  'settings/get': { from: 'page', schema: v.strictObject({}) },
  /** Deep-partial change to the settings; validated whole before it is stored. */
  'settings/update': {
    from: 'page',
    schema: v.strictObject({ patch: v.record(v.string(), v.unknown()) }),
  },
  /** Whether the history database can be used in this browser mode. */
  'history/status': { from: 'any', schema: v.strictObject({}) },
  /** One sampler summary from a watched page (about every 15 s of activity); folded into the episode. */
  'scroll/summary': { from: 'content', schema: ScrollSummarySchema },
  /**
   * A nudge's answer: *Do it* (the act becomes the one in progress), *Not now*, *I'm here on
   * purpose*, or closed. From the card on the page, or from the popup when the nudge opened it.
   */
  'nudge/outcome': {
    from: 'any',
    schema: v.strictObject({ nudgeId: NudgeIdSchema, outcome: v.picklist(CARD_ANSWERS) }),
  },
  /**
   * *Close this tab* on the pause screen: the nudge is answered as closed, then the tab that sent it
   * is closed (`tabs.remove` on the sender's own tab needs no `tabs` permission). Only from the card.
   */
  'nudge/leave': { from: 'content', schema: v.strictObject({ nudgeId: NudgeIdSchema }) },
  /** *Another idea* on a nudge (card or popup): a different act for the same nudge, under a new nudge id. */
  'nudge/another': { from: 'any', schema: v.strictObject({ nudgeId: NudgeIdSchema }) },
  /** One piece of an export file on its way to `data/import`; index 0 starts a new upload. */
  'data/import-chunk': {
    from: 'page',
    schema: v.strictObject({
      importId: ImportIdSchema,
      index: v.pipe(v.number(), v.integer(), v.minValue(0)),
      text: v.pipe(v.string(), v.maxLength(IMPORT_CHUNK_CHARS)),
    }),
  },
  /** Checks the uploaded file whole, then merges it (and its settings when asked) or changes nothing. */
  'data/import': {
    from: 'page',
    schema: v.strictObject({ importId: ImportIdSchema, restoreSettings: v.boolean() }),
  },
  /** Deletes all history and storage; settings return to their defaults. */
  'data/delete-all': { from: 'page', schema: v.strictObject({}) },
  /** The act in progress, if any, and the idea the popup is offering. */
  'act/current': { from: 'page', schema: v.strictObject({}) },
  /** A new idea for the popup, never the one just shown (`exclude`). */
  'act/suggest': { from: 'page', schema: v.strictObject({ exclude: v.nullable(v.pipe(v.string(), v.maxLength(80))) }) },
  /** *Do it* in the popup: the act becomes the one in progress (a card's *Do it* is its `nudge/outcome`). */
  'act/start': {
    from: 'page',
    schema: v.strictObject({ act: ResolvedActSchema, nudgeId: v.nullable(RecordIdSchema) }),
  },
  /** *Done*: records the act in progress with an optional note, mood-after check-in and what the person says they gave. */
  'act/complete': {
    from: 'page',
    schema: v.strictObject({
      note: NoteSchema,
      moodAfter: v.nullable(MoodSchema),
      given: v.optional(v.nullable(v.object({ amount: AmountSchema, currency: CurrencySchema }))),
    }),
  },
  /** *Didn't get to it*: lets the act in progress go, without a record. */
  'act/abandon': { from: 'page', schema: v.strictObject({}) },
  /** A mood check-in; with the id of one saved a few minutes ago, changes that one instead. */
  'checkin/save': {
    from: 'page',
    schema: v.strictObject({ mood: MoodSchema, note: NoteSchema, id: v.nullable(RecordIdSchema) }),
  },
  /** The journal corrects an act's note or a check-in's mood and note; its roll-up follows. */
  'history/edit-entry': { from: 'page', schema: EntryEditSchema },
  /** The journal removes one entry (an episode with its nudges); its roll-up follows. */
  'history/delete-entry': { from: 'page', schema: EntryRefSchema },
  /** The journal adds a kind act done away from the computer, on the day it was done. */
  'history/add-act': { from: 'page', schema: PastActSchema },
} as const satisfies Record<string, { from: 'any' | 'page' | 'content'; schema: v.GenericSchema }>;

export interface ResponseMap {
  'app/ping': { version: string };
  'settings/get': { settings: Settings; repaired: string[] };
  'settings/update': { settings: Settings };
  'history/status': { available: true } | { available: false; message: string };
  'scroll/summary': { episodeId: string | null; doomMs: number };
  'nudge/outcome': NudgeOutcomeReply;
  'nudge/leave': NudgeOutcomeReply;
  'nudge/another': NudgeAnotherReply;
  'data/import-chunk': { receivedChars: number };
  'data/import': ImportOutcome;
  'data/delete-all': DeleteAllResult;
  'act/current': CurrentAct;
  'act/suggest': { act: ResolvedAct | null };
  'act/start': { pending: PendingAct };
  'act/complete': { act: ActRecord };
  'act/abandon': Record<string, never>;
  'checkin/save': { checkin: CheckinRecord };
  'history/edit-entry': { found: boolean };
  'history/delete-entry': { found: boolean };
  'history/add-act': { act: ActRecord | null };
}

export type MessageType = keyof typeof REQUESTS;
export type RequestOf<K extends MessageType> = v.InferOutput<(typeof REQUESTS)[K]['schema']>;
export type ResponseOf<K extends MessageType> = ResponseMap[K];

/** What travels over `runtime.sendMessage`. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: RequestOf<K>;
}

export type MessageErrorCode = 'unknown-type' | 'invalid-message' | 'forbidden' | 'failed';
export interface MessageError {
  code: MessageErrorCode;
  message: string;
}

/** Every reply is one of these; the worker never answers with a thrown error. */
export type Reply<K extends MessageType = MessageType> =
  { ok: true; data: ResponseOf<K> } | { ok: false; error: MessageError };
