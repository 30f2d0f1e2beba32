import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActHandlers } from '@/entrypoints/background/acts';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import type { MessageSender } from '@/utils/platform/messaging/router';
import { REQUESTS } from '@/utils/platform/messaging/protocol';
import { writeSettings } from '@/utils/platform/storage/settings-store';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { aResolvedAct } from '@/tests/unit/helpers/acts';
import * as v from 'valibot';

const page: MessageSender = { id: 'x', url: 'chrome-extension://x/popup.html' };
const giving = aResolvedAct({ id: 'small-gift', cost: 'money', category: 'give', causeId: 'starter-trussell' });

function handlers() {
  let ids = 0;
  let seed = 0;
  return createActHandlers({
    now: () => Date.UTC(2026, 10, 20, 9, 0),
    random: () => (seed = (seed * 9301 + 49297) % 233280) / 233280,
    newId: () => `id-${++ids}`,
  });
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

  it('rests giving ideas once this month’s gifts reach the plan’s limit', async () => {
    const settings = createDefaultSettings();
    settings.giving = { country: 'GB', currency: 'GBP', usualAmount: 2, monthlyLimit: 2 };
    settings.acts.categories = ['give'];
    settings.acts.causes = [
      { id: 'starter-trussell', name: 'The Trussell Trust', url: 'https://t.example/', impact: '' },
    ];
    await writeSettings(settings);
    const acts = handlers();
    const offeredCosts = async () => {
      const costs = new Set<string>();
      let shown: string | null = null;
      for (let i = 0; i < 20; i += 1) {
        const { act } = await acts['act/suggest']({ exclude: shown }, page);
        if (!act) break;
        costs.add(act.cost);
        shown = act.id;
      }
      return costs;
    };
    expect(await offeredCosts()).toContain('money');
    await acts['act/start']({ act: giving, nudgeId: null }, page);

    await acts['act/complete']({ note: '', moodAfter: null, given: { amount: 2, currency: 'GBP' } }, page);

    expect(await offeredCosts()).toEqual(new Set(['free']));
  });
});
