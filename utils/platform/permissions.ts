import { browser } from 'wxt/browser';
import { patternsToRevoke } from '../domain/settings/site-access';
import { siteMatchPatterns } from '../domain/settings/watched-sites';

/**
 * Asks the browser, in one prompt, for access to the given watched sites. Must be called from a
 * click handler (a user gesture). Resolves to whether the person granted it.
 */
export function requestSiteAccess(hosts: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: hosts.flatMap(siteMatchPatterns) });
}

/** Every host pattern granted right now, required and optional (`https://reddit.com/*`, …). */
export async function grantedOrigins(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return all.origins ?? [];
}

/** Calls `listener` whenever any permission is granted or revoked. Returns an unsubscribe. */
export function watchPermissions(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

/**
 * Gives back the access of a site the person stopped watching. Keeps patterns another watched
 * site still uses and those the manifest requires (the browser refuses to remove them).
 */
export function revokeSiteAccess(host: string, otherHosts: readonly string[]): Promise<boolean> {
  const required = browser.runtime.getManifest().host_permissions ?? [];
  const origins = patternsToRevoke(host, otherHosts, required);
  return origins.length === 0 ? Promise.resolve(true) : browser.permissions.remove({ origins });
}

/** Asks for the optional `notifications` permission. Call it from a click; resolves to whether it was given. */
export function requestNotifications(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['notifications'] });
}

/** Gives the `notifications` permission back once the person turned notifications off. */
export function releaseNotifications(): Promise<boolean> {
  return browser.permissions.remove({ permissions: ['notifications'] });
}
