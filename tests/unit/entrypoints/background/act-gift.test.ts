import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActHandlers } from '@/entrypoints/background/acts';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import type { MessageSender } from '@/utils/platform/messaging/router';
import { REQUESTS } from '@/utils/platform/messaging/protocol';
import { aResolvedAct } from '@/tests/unit/helpers/acts';
import * as v from 'valibot';

const page: MessageSender = { id: 'x', url: 'chrome-extension://x/popup.html' };
const giving = aResolvedAct({ id: 'small-gift', cost: 'money', category: 'give', causeId: 'starter-trussell' });

function handlers() {
  let ids = 0;
  return createActHandlers({ now: () => Date.UTC(2026, 10, 20, 9, 0), random: () => 0.5, newId: () => `id-${++ids}` });
}

async function storedActs() {
  const history = await getHistoryDb();
  if (!history.ok) throw new Error(history.message);
  return history.db.getAll('acts');
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(async () => {
  await closeHistoryDb();
  vi.unstubAllGlobals();
});

describe('a done giving act', () => {
  it('carries what the person said they gave, tied to the act’s cause', async () => {
    const acts = handlers();
    await acts['act/start']({ act: giving, nudgeId: null }, page);

    await acts['act/complete']({ note: '', moodAfter: null, given: { amount: 2, currency: 'GBP' } }, page);

    expect(await storedActs()).toEqual([
      expect.objectContaining({
        actId: 'small-gift',
        given: { amount: 2, currency: 'GBP', causeId: 'starter-trussell' },
      }),
    ]);
  });

  it('carries no gift when the person said no', async () => {
    const acts = handlers();
    await acts['act/start']({ act: giving, nudgeId: null }, page);

    await acts['act/complete']({ note: '', moodAfter: null, given: null }, page);

    expect((await storedActs())[0]).not.toHaveProperty('given');
  });

  it('is refused at the boundary with an amount that is not a positive sum of cents', () => {
    const schema = REQUESTS['act/complete'].schema;

    expect(v.safeParse(schema, { note: '', moodAfter: null, given: { amount: -1, currency: 'EUR' } }).success).toBe(
      false,
    );
    expect(v.safeParse(schema, { note: '', moodAfter: null, given: { amount: 1.005, currency: 'EUR' } }).success).toBe(
      false,
    );
    expect(v.safeParse(schema, { note: '', moodAfter: null }).success).toBe(true);
  });
});
