import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { createRouter } from '@/utils/platform/messaging/router';
import { readSettings } from '@/utils/platform/storage/settings-store';

const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };
const sender = { id: own.id, url: `${own.baseUrl}options.html` };

describe('background handlers', () => {
  it('answers settings/get with the stored settings', async () => {
    const route = createRouter(createHandlers(), own);
    await route({ type: 'settings/update', data: { patch: { nudges: { dailyCap: 2 } } } }, sender);

    const reply = await route({ type: 'settings/get', data: {} }, sender);

    expect(reply).toMatchObject({ ok: true, data: { settings: { nudges: { dailyCap: 2 } }, repaired: [] } });
  });

  it('applies settings changes that arrive together one after another, so none is lost', async () => {
    const route = createRouter(createHandlers(), own);
    const update = (patch: object) => route({ type: 'settings/update', data: { patch } }, sender);

    await Promise.all([
      update({ nudges: { dailyCap: 6 } }),
      update({ detection: { minutesBeforeNudge: 22 } }),
      update({ nudges: { badge: false } }),
    ]);

    const { settings } = await readSettings();
    expect(settings.nudges.dailyCap).toBe(6);
    expect(settings.detection.minutesBeforeNudge).toBe(22);
    expect(settings.nudges.badge).toBe(false);
  });

  it('lets no settings change already under way undo a delete-all', async () => {
    const route = createRouter(createHandlers(), own);
    // Hold the update's write until the deletion has had every chance to run.
    let release = () => undefined as void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementationOnce(async (items) => {
      await gate;
      return set(items);
    });

    const updating = route({ type: 'settings/update', data: { patch: { nudges: { dailyCap: 9 } } } }, sender);
    const deleting = route({ type: 'data/delete-all', data: {} }, sender);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([updating, deleting]);

    expect((await readSettings()).settings).toEqual(DEFAULT_SETTINGS);
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
