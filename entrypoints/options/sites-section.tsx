import { useEffect, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { WatchedSites, type WatchedSiteActions } from '@/components/options/watched-sites';
import { siteAccess } from '@/utils/domain/settings/site-access';
import type { Settings } from '@/utils/domain/settings/schema';
import { grantedOrigins, requestSiteAccess, revokeSiteAccess, watchPermissions } from '@/utils/platform/permissions';
import type { SaveSettings } from './use-live-settings';

/** Watched sites: on/off, access per site, per-site minutes, add (asking for access) and remove (revoking it). */
export function SitesSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const t = useT();
  const [granted, setGranted] = useState<string[] | null>(null);

  useEffect(() => {
    const refresh = () => void grantedOrigins().then(setGranted, () => setGranted([]));
    refresh();
    return watchPermissions(refresh);
  }, []);

  async function accessNow(host: string) {
    const origins = await grantedOrigins();
    setGranted(origins);
    return siteAccess(host, origins);
  }

  const actions: WatchedSiteActions = {
    async add(host) {
      // The prompt must open in this click: ask before anything else is awaited. A site that is
      // already partly granted (say http only) is watched there at once, without a prompt.
      if (siteAccess(host, granted ?? []) === 'none') await requestSiteAccess([host]);
      await save((current) => ({
        watchedSites: [...current.watchedSites, { host, enabled: true, minutesBeforeNudge: null }],
      }));
      return accessNow(host);
    },
    async grant(host) {
      await requestSiteAccess([host]);
      return accessNow(host);
    },
    async grantAll(hosts) {
      await requestSiteAccess(hosts);
      const origins = await grantedOrigins();
      setGranted(origins);
      return settings.watchedSites.filter((site) => siteAccess(site.host, origins) === 'granted').length;
    },
    setEnabled: (host, enabled) =>
      save((current) => ({
        watchedSites: current.watchedSites.map((site) => (site.host === host ? { ...site, enabled } : site)),
      })),
    setMinutes: (host, minutesBeforeNudge) =>
      save((current) => ({
        watchedSites: current.watchedSites.map((site) => (site.host === host ? { ...site, minutesBeforeNudge } : site)),
      })),
    async remove(host) {
      const others = settings.watchedSites.map((site) => site.host).filter((other) => other !== host);
      await revokeSiteAccess(host, others).catch((error: unknown) =>
        console.warn(`[outward] access to ${host} could not be revoked`, error),
      );
      await save((current) => ({ watchedSites: current.watchedSites.filter((site) => site.host !== host) }));
    },
  };

  return (
    <section id="sites" class="card" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('sectionSites')}</h2>
      <p>{t('sitesIntro')}</p>
      {granted && (
        <WatchedSites
          sites={settings.watchedSites}
          accessOf={(host) => siteAccess(host, granted)}
          globalMinutes={settings.detection.minutesBeforeNudge}
          actions={actions}
        />
      )}
    </section>
  );
}
