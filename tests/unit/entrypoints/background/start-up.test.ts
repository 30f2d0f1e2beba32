import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background/index';
import { createNudgeState } from '@/utils/domain/nudges/state';

const policy = { ...createNudgeState(), day: '2026-06-17', shownToday: 2, mutedUntilBySite: { 'x.com': 9e12 } };

describe('the background at start-up', () => {
  it.each(['update', 'browser start'] as const)(
    'moves a nudge session an earlier build stored under two keys to one key (%s)',
    async (when) => {
      // fakeBrowser has no idle API and no host permissions; the worker only needs them to exist here.
      vi.spyOn(fakeBrowser.idle.onStateChanged, 'addListener').mockImplementation(() => undefined);
      vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
      await fakeBrowser.storage.local.set({ nudgeState: policy, activeNudge: null });
      background.main();

      if (when === 'update') await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false });
      else await fakeBrowser.runtime.onStartup.trigger();

      await vi.waitFor(async () =>
        expect(await fakeBrowser.storage.local.get(['nudgeSession', 'nudgeState', 'activeNudge'])).toEqual({
          nudgeSession: { policy, active: null },
        }),
      );
    },
  );
});
