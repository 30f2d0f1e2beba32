import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkLink } from '@/utils/domain/acts/safe-link';
import { ScrollSummarySchema } from '@/utils/domain/detection/summary';
import { parseCause, parseCustomAct, parsePerson } from '@/utils/domain/settings/entry-input';
import { applySettingsPatch } from '@/utils/domain/settings/patch';
import { repairSettings } from '@/utils/domain/settings/repair';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { SettingsSchema } from '@/utils/domain/settings/schema';
import { normaliseSiteInput } from '@/utils/domain/settings/site-input';
import { REQUESTS } from '@/utils/platform/messaging/protocol';
import { createRouter, type Handlers } from '@/utils/platform/messaging/router';
import * as v from 'valibot';

const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
/** Any JSON-like value, biased towards keys attackers like. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -1, '', 'javascript:alert(1)', 'data:text/html,x'),
    fc.dictionary(fc.oneof(fc.constantFrom(...POLLUTING_KEYS), fc.string()), tie('value'), { maxKeys: 5 }),
    fc.array(tie('value'), { maxLength: 5 }),
  ),
})).value;

const OWN = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const senders = fc.constantFrom(
  { id: 'ext', url: 'chrome-extension://ext/options.html' },
  { id: 'ext', url: 'https://evil.example/' },
  { id: 'other', url: 'chrome-extension://other/x.html' },
  {},
);

function everyHandlerRecording() {
  const calls: unknown[] = [];
  const handlers = Object.fromEntries(
    Object.keys(REQUESTS).map((type) => [type, (data: unknown) => (calls.push({ type, data }), {})]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('hostile input', () => {
  it('the router answers any message with a reply, never throws, and hands handlers only schema-valid data', async () => {
    const { handlers, calls } = everyHandlerRecording();
    const route = createRouter(handlers, OWN, { warn: vi.fn(), error: vi.fn() });
    const messages = fc.oneof(
      hostileValue,
      fc.record({ type: fc.constantFrom(...Object.keys(REQUESTS), ...POLLUTING_KEYS), data: hostileValue }),
    );

    await fc.assert(
      fc.asyncProperty(messages, senders, async (message, sender) => {
        calls.length = 0;
        const reply = await route(message, sender);
        expect(typeof reply.ok).toBe('boolean');
        for (const call of calls as { type: keyof typeof REQUESTS; data: unknown }[]) {
          expect(v.safeParse(REQUESTS[call.type].schema, call.data).success).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('settings read back from storage are always valid, whatever was stored', () => {
    fc.assert(
      fc.property(hostileValue, (stored) => {
        const { settings } = repairSettings(stored);
        expect(v.safeParse(SettingsSchema, settings).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a settings patch either yields valid settings or is refused, and never pollutes prototypes', () => {
    fc.assert(
      fc.property(hostileValue, (patch) => {
        const result = applySettingsPatch(createDefaultSettings(), patch);
        if (result.ok) expect(v.safeParse(SettingsSchema, result.settings).success).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('a scroll summary the schema accepts has only finite, non-negative, bounded numbers', () => {
    fc.assert(
      fc.property(hostileValue, (summary) => {
        const parsed = v.safeParse(ScrollSummarySchema, summary);
        if (!parsed.success) return;
        for (const value of Object.values(parsed.output)) {
          if (typeof value === 'number') expect(Number.isFinite(value) && value >= 0).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a site typed by the person becomes a plain host name or is refused', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.webUrl(), fc.domain(), fc.constantFrom('javascript:alert(1)', 'file:///etc', '*.')),
        (raw) => {
          const result = normaliseSiteInput(raw);
          if (result.ok) expect(result.host).toMatch(/^[a-z0-9.-]+$/);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('only https, mailto and sms links are ever accepted, for acts, people, causes and custom acts', () => {
    const unsafe = fc.oneof(
      fc.constantFrom(
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        ' javascript:x',
        'data:text/html,<b>',
        'http://x.org',
        'file:///c',
        'vbscript:x',
        'chrome://settings',
        'blob:https://x/1',
      ),
      fc.string(),
    );
    const safeScheme = /^(https:|mailto:|sms:)/i;

    fc.assert(
      fc.property(unsafe, (raw) => {
        const link = checkLink(raw);
        if (link.ok) expect(link.url).toMatch(safeScheme);
        const person = parsePerson({ name: 'Sam', reach: raw }, 'p1');
        if (person.ok && person.value.reach !== null) expect(person.value.reach).toMatch(safeScheme);
        const cause = parseCause({ name: 'Cause', url: raw, impact: '' }, 'c1');
        if (cause.ok) expect(cause.value.url).toMatch(/^https:/i);
        const act = parseCustomAct(
          { title: 'T', howTo: '', minutes: '2', category: 'give', cost: 'free', link: raw },
          'k1',
        );
        if (act.ok && act.value.link !== null) expect(act.value.link).toMatch(safeScheme);
      }),
      { numRuns: 500 },
    );
  });
});
