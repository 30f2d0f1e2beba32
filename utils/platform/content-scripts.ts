import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/domain/settings/schema';
import { siteMatchPatterns } from '@/utils/domain/settings/watched-sites';

/** Id under which the scroll sampler is registered with `browser.scripting`. */
export const SCROLL_SCRIPT_ID = 'outward-scroll';
/** The sampler's built file, relative to the extension root (WXT builds `entrypoints/scroll.content/` here). */
export const SCROLL_SCRIPT_FILE = 'content-scripts/scroll.js';

/**
 * Match patterns of the enabled watched sites whose host permission the person granted. Each
 * pattern is checked alone, so a grant for one scheme (say `http://127.0.0.1/*`) is enough for it.
 */
export async function grantedSitePatterns(settings: Pick<Settings, 'watchedSites'>): Promise<string[]> {
  const candidates = [
    ...new Set(settings.watchedSites.filter((site) => site.enabled).flatMap((site) => siteMatchPatterns(site.host))),
  ];
  const granted = await Promise.all(
    candidates.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return candidates.filter((_, index) => granted[index]);
}

/**
 * Whether Outward is watching any site now: the sampler is registered exactly for the enabled
 * watched sites whose access is granted (see `syncContentScripts`), so one read answers it.
 */
export async function watchingAnySite(): Promise<boolean> {
  const [script] = await browser.scripting.getRegisteredContentScripts({ ids: [SCROLL_SCRIPT_ID] });
  return (script?.matches?.length ?? 0) > 0;
}

/**
 * Registers the scroll sampler for exactly the granted, enabled watched sites: registers it,
 * updates its matches, or unregisters it when none is left. Tabs already open on a site that has
 * just been added get the sampler at once, so a grant works without reloading the page. The
 * background calls it inside its mailbox, so start-up, permission and settings events arriving
 * together cannot race. Returns the patterns now matched.
 */
export async function syncContentScripts(settings: Pick<Settings, 'watchedSites'>): Promise<string[]> {
  const matches = await grantedSitePatterns(settings);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [SCROLL_SCRIPT_ID] });
  if (matches.length === 0) {
    if (current) await browser.scripting.unregisterContentScripts({ ids: [SCROLL_SCRIPT_ID] });
    return matches;
  }
  const script = { id: SCROLL_SCRIPT_ID, matches, js: [SCROLL_SCRIPT_FILE], runAt: 'document_idle' as const };
  if (!current) await browser.scripting.registerContentScripts([script]);
  else if (!sameSet(current.matches ?? [], matches)) await browser.scripting.updateContentScripts([script]);
  const before = current?.matches ?? [];
  await injectIntoOpenTabs(
    matches.filter((pattern) => !before.includes(pattern)),
    before,
  );
  return matches;
}

/**
 * Runs the sampler in the tabs already open at `patterns` (top frame only, as registered), except
 * tabs `alreadyMatched` covered before, where it already runs. A tab that cannot take it
 * (discarded, an error page, closed meanwhile) is passed over: it gets the sampler from the
 * registration when it next loads.
 */
async function injectIntoOpenTabs(patterns: string[], alreadyMatched: readonly string[]): Promise<void> {
  if (patterns.length === 0) return;
  const [tabs, covered] = await Promise.all([
    browser.tabs.query({ url: patterns }).catch(() => []),
    // Tabs the old registration already covered have the sampler (a new sub-domain pattern, say).
    alreadyMatched.length === 0 ? [] : browser.tabs.query({ url: [...alreadyMatched] }).catch(() => []),
  ]);
  const running = new Set(covered.map((tab) => tab.id));
  await Promise.all(
    tabs
      // A tab shows its address only where Outward holds the host permission: no address, no sampler.
      .filter((tab) => tab.id !== undefined && tab.url !== undefined && !tab.discarded && !running.has(tab.id))
      .map((tab) =>
        browser.scripting
          .executeScript({ target: { tabId: tab.id! }, files: [`/${SCROLL_SCRIPT_FILE}` as const] })
          .catch(() => undefined),
      ),
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length === b.length && b.every((item) => set.has(item));
}
