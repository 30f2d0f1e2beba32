import { browser } from 'wxt/browser';
import { siteMatchPatterns } from '../domain/settings/watched-sites';

/**
 * Asks the browser, in one prompt, for access to the given watched sites. Must be called from a
 * click handler (a user gesture). Resolves to whether the person granted it.
 */
export function requestSiteAccess(hosts: readonly string[]): Promise<boolean> {
  return browser.permissions.request({ origins: hosts.flatMap(siteMatchPatterns) });
}

/** The hosts among `hosts` whose host permission is currently granted. */
export async function grantedHosts(hosts: readonly string[]): Promise<string[]> {
  const checks = await Promise.all(
    hosts.map((host) => browser.permissions.contains({ origins: siteMatchPatterns(host) }).catch(() => false)),
  );
  return hosts.filter((_host, index) => checks[index]);
}
