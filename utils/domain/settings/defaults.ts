import { ACT_CATEGORIES, SETTINGS_VERSION, type Settings, type WatchedSite } from './schema';

/** Feed sites offered on the welcome page; each still needs its own host permission. */
export const DEFAULT_WATCHED_HOSTS = [
  'x.com',
  'twitter.com',
  'reddit.com',
  'facebook.com',
  'instagram.com',
  'tiktok.com',
  'youtube.com',
  'linkedin.com',
  'threads.net',
  'threads.com',
  'bsky.app',
  'tumblr.com',
  'pinterest.com',
] as const;

const defaultSites: WatchedSite[] = DEFAULT_WATCHED_HOSTS.map((host) => ({
  host,
  enabled: true,
  minutesBeforeNudge: null,
}));

/** Gentle starting values (DESIGN.md §4–5). Frozen so no caller can change the defaults by accident. */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze({
  version: SETTINGS_VERSION,
  watchedSites: defaultSites,
  detection: { minutesBeforeNudge: 15, sensitivity: 'normal' },
  nudges: {
    style: 'standard',
    badge: true,
    notifications: false,
    escalateAfterMinutes: 10,
    pauseOverlay: false,
    offerInPopup: false,
    dailyCap: 3,
    siteCooldownMinutes: 60,
    purposeMuteMinutes: 120,
    quietHours: { enabled: false, start: '22:00', end: '07:00' },
    pausedUntil: null,
  },
  acts: { categories: [...ACT_CATEGORIES], freeOnly: false, people: [], causes: [], custom: [] },
  giving: { country: null, currency: null, usualAmount: 2, monthlyLimit: null },
});

/** A fresh, mutable copy of the defaults. */
export function createDefaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
