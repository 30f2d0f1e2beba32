import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import type { Settings } from '@/utils/domain/settings/schema';
import { listenForDetection } from '@/entrypoints/background/detection-listeners';
import { createBackground } from '@/entrypoints/background/handlers';
import { SCROLL_SCRIPT_FILE, SCROLL_SCRIPT_ID, syncContentScripts } from '@/utils/platform/content-scripts';
import { writeSettings } from '@/utils/platform/storage/settings-store';

type Script = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

/** An in-memory `scripting` registry and a set of granted origins, standing in for what fakeBrowser lacks. */
function fakeRegistry(granted: string[]) {
  const registered = new Map<string, Script>();
  const grants = new Set(granted);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => grants.has(origin)),
  );
  const calls = {
    register: vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    update: vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
      for (const s of scripts) registered.set(s.id, { ...registered.get(s.id)!, ...s });
    }),
    unregister: vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
      for (const id of filter?.ids ?? []) registered.delete(id);
    }),
  };
  const openTabs = [
    { id: 1, url: 'https://www.reddit.com/r/all', discarded: false },
    { id: 2, url: 'https://x.com/home', discarded: false },
    { id: 3, url: 'https://x.com/explore', discarded: true },
    { id: 5, url: 'https://old.reddit.com/r/x', discarded: false },
  ];
  const tabsAt = (patterns: string[]) =>
    openTabs.filter((tab) =>
      patterns.some((pattern) => new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(tab.url)),
    );
  // Tab 4's address is hidden from Outward (no permission there): it may come back, and must be passed over.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async ({ url }: { url?: string[] }) => [
    ...tabsAt(url ?? []),
    { id: 4, discarded: false },
  ]) as never);
  const injected: number[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({
    target,
  }: {
    target: { tabId: number };
  }) => {
    if (target.tabId === 2 && failInjection) throw new Error('Cannot access contents of the page');
    injected.push(target.tabId);
    return [];
  }) as never);
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  );
  return { registered, grants, calls, injected };
}

/** When set, injecting into tab 2 fails as it does on a page the browser keeps to itself. */
let failInjection = false;

const withSites = (...hosts: [string, boolean][]): Settings => ({
  ...createDefaultSettings(),
  watchedSites: hosts.map(([host, enabled]) => ({ host, enabled, minutesBeforeNudge: null })),
});

describe('syncContentScripts', () => {
  let settings: Settings;
  beforeEach(() => {
    failInjection = false;
    settings = withSites(['reddit.com', true], ['x.com', true], ['tiktok.com', false]);
  });

  it('registers the sampler for the granted watched sites only', async () => {
    const { registered } = fakeRegistry(['*://reddit.com/*', '*://*.reddit.com/*'].flatMap(expand));

    const matches = await syncContentScripts(settings);

    expect(matches).toEqual([
      'https://reddit.com/*',
      'https://*.reddit.com/*',
      'http://reddit.com/*',
      'http://*.reddit.com/*',
    ]);
    expect(registered.get(SCROLL_SCRIPT_ID)).toMatchObject({
      matches,
      js: [SCROLL_SCRIPT_FILE],
      runAt: 'document_idle',
    });
  });

  it('registers nothing while no watched site is granted', async () => {
    const { registered, calls } = fakeRegistry([]);

    await syncContentScripts(settings);

    expect(registered.size).toBe(0);
    expect(calls.register).not.toHaveBeenCalled();
  });

  it('leaves out a disabled site even when it is granted', async () => {
    const { registered } = fakeRegistry(expand('*://tiktok.com/*'));

    await syncContentScripts(settings);

    expect(registered.size).toBe(0);
  });

  it('widens the registration when another site is granted', async () => {
    const { registered, grants, calls } = fakeRegistry(expand('*://reddit.com/*'));
    await syncContentScripts(settings);
    expand('*://x.com/*').forEach((origin) => grants.add(origin));

    await syncContentScripts(settings);

    expect(calls.update).toHaveBeenCalledTimes(1);
    expect(registered.get(SCROLL_SCRIPT_ID)!.matches).toEqual([
      'https://reddit.com/*',
      'http://reddit.com/*',
      'https://x.com/*',
      'http://x.com/*',
    ]);
  });

  it('unregisters the sampler when the last grant is removed', async () => {
    const { registered, grants } = fakeRegistry(expand('*://reddit.com/*'));
    await syncContentScripts(settings);
    grants.clear();

    await syncContentScripts(settings);

    expect(registered.size).toBe(0);
  });

  it('changes nothing when the granted sites are the same', async () => {
    const { calls } = fakeRegistry(expand('*://reddit.com/*'));
    await syncContentScripts(settings);

    await syncContentScripts(settings);

    expect(calls.register).toHaveBeenCalledTimes(1);
    expect(calls.update).not.toHaveBeenCalled();
  });

  it('runs the sampler at once in open tabs of a newly granted site, not again in tabs that have it', async () => {
    const { grants, injected } = fakeRegistry(expand('*://*.reddit.com/*'));
    await syncContentScripts(settings);
    const afterFirst = [...injected];
    expand('*://x.com/*').forEach((origin) => grants.add(origin));

    await syncContentScripts(settings);
    await syncContentScripts(settings);

    expect(afterFirst).toEqual([1, 5]);
    // x.com's open tab, once; its discarded tab loads the registered sampler when it is next shown.
    expect(injected).toEqual([1, 5, 2]);
  });

  it('does not start the sampler again in a tab the earlier registration already covers', async () => {
    const { grants, injected } = fakeRegistry(expand('*://*.reddit.com/*'));
    await syncContentScripts(settings);
    const withOld = withSites(['reddit.com', true], ['old.reddit.com', true]);
    expand('*://old.reddit.com/*').forEach((origin) => grants.add(origin));

    const matches = await syncContentScripts(withOld);

    expect(matches).toContain('https://old.reddit.com/*');
    // Tab 5 (old.reddit.com) matches the new pattern, but *.reddit.com already put the sampler there.
    expect(injected).toEqual([1, 5]);
  });

  it('still registers the sampler when an open tab refuses it', async () => {
    failInjection = true;
    const { registered, injected } = fakeRegistry(expand('*://x.com/*'));

    const matches = await syncContentScripts(settings);

    expect(injected).toEqual([]);
    expect(registered.get(SCROLL_SCRIPT_ID)!.matches).toEqual(matches);
    expect(matches).toEqual(['https://x.com/*', 'http://x.com/*']);
  });

  it('matches a plain-http grant for a local address on its own', async () => {
    const local = withSites(['127.0.0.1', true]);
    const { registered } = fakeRegistry(['http://127.0.0.1/*']);

    await syncContentScripts(local);

    expect(registered.get(SCROLL_SCRIPT_ID)!.matches).toEqual(['http://127.0.0.1/*']);
  });

  it('does not race when several permission changes arrive together: each sync is a task in the mailbox', async () => {
    const { registered, calls } = fakeRegistry(expand('*://reddit.com/*'));
    await writeSettings(settings);
    const addListener = vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener');
    vi.spyOn(fakeBrowser.idle.onStateChanged, 'addListener').mockImplementation(() => undefined);
    const background = createBackground();
    listenForDetection(background);
    const onAdded = addListener.mock.calls[0]![0];

    for (let i = 0; i < 3; i += 1) onAdded({ origins: ['https://reddit.com/*'] });
    await background.mailbox(() => undefined);

    expect(calls.register).toHaveBeenCalledTimes(1);
    expect(registered.size).toBe(1);
  });

  it('registers the sampler again whenever the worker starts, with no install or start-up event', async () => {
    // An update or reload empties the browser's registry; the worker that follows may hear no onInstalled.
    const { registered, calls } = fakeRegistry(expand('*://reddit.com/*'));
    await writeSettings(settings);
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.idle.onStateChanged, 'addListener').mockImplementation(() => undefined);
    const first = createBackground();
    const second = createBackground();

    listenForDetection(first);
    await first.mailbox(() => undefined);
    // The next start: a new worker, with the registration now in place.
    listenForDetection(second);
    await second.mailbox(() => undefined);

    expect(registered.get(SCROLL_SCRIPT_ID)!.matches).toEqual(expand('*://reddit.com/*'));
    expect(calls.register).toHaveBeenCalledTimes(1);
    expect(calls.update).not.toHaveBeenCalled();
  });
});

/** A `*://` grant as the two per-scheme origins it covers. */
function expand(pattern: string): string[] {
  return ['https', 'http'].map((scheme) => pattern.replace('*://', `${scheme}://`));
}
