import { describe, expect, it, vi } from 'vitest';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { aResolvedAct } from '@/tests/unit/helpers/acts';
import { createRouter, type Handlers, MAX_MESSAGE_CHARS } from '@/utils/platform/messaging/router';

const OWN = { id: 'outward-test-id', baseUrl: 'chrome-extension://outward-test-id/' };
const page = { id: OWN.id, url: `${OWN.baseUrl}options.html` };
const contentScript = { id: OWN.id, url: 'https://www.reddit.com/r/all' };

function setup(overrides: Partial<Handlers> = {}) {
  const handlers: Handlers = {
    'app/ping': vi.fn(() => ({ version: '1.2.3' })),
    'settings/get': vi.fn(() => ({ settings: createDefaultSettings(), repaired: [] })),
    'settings/update': vi.fn(() => ({ settings: createDefaultSettings() })),
    'history/status': vi.fn(() => ({ available: true as const })),
    ...overrides,
  } as Handlers;
  const log = { warn: vi.fn(), error: vi.fn() };
  return { route: createRouter(handlers, OWN, log), handlers, log };
}

describe('createRouter', () => {
  it('passes a valid message to its handler and wraps the answer', async () => {
    const { route } = setup();

    const reply = await route({ type: 'app/ping', data: {} }, page);

    expect(reply).toEqual({ ok: true, data: { version: '1.2.3' } });
  });

  it.each([
    ['null', null],
    ['a string', 'settings/get'],
    ['a number', 7],
    ['an array', [{ type: 'app/ping' }]],
  ])('answers %s with invalid-message and a warning', async (_name, message) => {
    const { route, log } = setup();

    const reply = await route(message, page);

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    expect(log.warn).toHaveBeenCalledTimes(1);
  });

  it.each([['nope/nothing'], ['__proto__'], ['constructor'], ['toString'], [42], [undefined]])(
    'answers an unknown type (%j) with unknown-type',
    async (type) => {
      const { route } = setup();

      const reply = await route({ type, data: {} }, page);

      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    },
  );

  it('refuses data that does not match the schema and never calls the handler', async () => {
    const { route, handlers } = setup();

    const reply = await route({ type: 'settings/update', data: { patch: 'not an object' } }, page);

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', message: expect.stringContaining('patch') },
    });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });

  it('refuses extra fields in the data', async () => {
    const { route } = setup();

    const reply = await route({ type: 'app/ping', data: { sneaky: true } }, page);

    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('refuses messages from another extension', async () => {
    const { route, handlers } = setup();

    const reply = await route({ type: 'app/ping', data: {} }, { id: 'someone-else' });

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['app/ping']).not.toHaveBeenCalled();
  });

  it('refuses page-only requests coming from a content script', async () => {
    const { route, handlers } = setup();

    const reply = await route({ type: 'settings/update', data: { patch: {} } }, contentScript);

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers['settings/update']).not.toHaveBeenCalled();
  });

  it('refuses to start an act from a content script: a watched page must not put acts in progress', async () => {
    const start = vi.fn(() => ({ pending: null as never }));
    const { route } = setup({ 'act/start': start });
    const act = aResolvedAct();

    const reply = await route({ type: 'act/start', data: { act, nudgeId: null } }, contentScript);

    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(start).not.toHaveBeenCalled();
  });

  it('refuses oversized messages', async () => {
    const { route } = setup();

    const reply = await route({ type: 'settings/update', data: { patch: { x: 'a'.repeat(MAX_MESSAGE_CHARS) } } }, page);

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid-message', message: expect.stringContaining('too large') },
    });
  });

  it('turns a throwing handler into a failed reply instead of throwing', async () => {
    const { route, log } = setup({
      'app/ping': () => {
        throw new Error('disk on fire');
      },
    });

    const reply = await route({ type: 'app/ping', data: {} }, page);

    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'disk on fire' } });
    expect(log.error).toHaveBeenCalled();
  });
});
