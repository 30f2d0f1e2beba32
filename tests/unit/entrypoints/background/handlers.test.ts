import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createRouter } from '@/utils/platform/messaging/router';

const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };
const sender = { id: own.id, url: `${own.baseUrl}options.html` };

describe('background handlers', () => {
  it('answers settings/get with the stored settings', async () => {
    const route = createRouter(createHandlers(), own);
    await route({ type: 'settings/update', data: { patch: { nudges: { dailyCap: 2 } } } }, sender);

    const reply = await route({ type: 'settings/get', data: {} }, sender);

    expect(reply).toMatchObject({ ok: true, data: { settings: { nudges: { dailyCap: 2 } }, repaired: [] } });
  });

  it('keeps settings across a worker restart (handlers rebuilt from storage)', async () => {
    await createRouter(createHandlers(), own)(
      { type: 'settings/update', data: { patch: { detection: { minutesBeforeNudge: 3 } } } },
      sender,
    );

    const restarted = createRouter(createHandlers(), own);
    const reply = await restarted({ type: 'settings/get', data: {} }, sender);

    expect(reply).toMatchObject({ ok: true, data: { settings: { detection: { minutesBeforeNudge: 3 } } } });
  });

  it('refuses an invalid settings change with a failed reply naming the field', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const route = createRouter(createHandlers(), own);

    const reply = await route({ type: 'settings/update', data: { patch: { nudges: { dailyCap: 0 } } } }, sender);

    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'failed', message: expect.stringContaining('nudges.dailyCap') },
    });
  });

  it('reports history as available when IndexedDB opens', async () => {
    const route = createRouter(createHandlers(), own);

    const reply = await route({ type: 'history/status', data: {} }, sender);

    expect(reply).toEqual({ ok: true, data: { available: true } });
  });
});
