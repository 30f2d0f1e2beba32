import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/domain/settings/schema';
import { syncContentScripts } from '@/utils/platform/content-scripts';
import { readSettings, watchSettings } from '@/utils/platform/storage/settings-store';
import type { Background } from './handlers';

/**
 * Wires detection to browser events. Must be called synchronously while the worker starts, so an
 * event that woke the worker finds its listener. It also makes the sampler's registration match
 * the settings at every start of the worker, not only on install, update and browser start: the
 * browser drops registered scripts when the extension is updated or reloaded, and a missed
 * `onInstalled` would otherwise leave every watched site unwatched until the next browser start.
 * When the registration already matches, that costs a settings read, a permission check per
 * enabled site and one registry read.
 */
export function listenForDetection({ detection, mailbox }: Pick<Background, 'detection' | 'mailbox'>): void {
  const resync = () => resyncContentScripts(mailbox);
  browser.alarms.onAlarm.addListener((alarm) => void detection.alarm(alarm.name));
  browser.idle.onStateChanged.addListener((state) => void detection.idle(state));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  watchSettings((settings) => void mailbox(() => sync(settings)));
  resync();
}

/** Start-up work after a browser start or an install/update: close the episodes the last run left open. */
export function startDetection({ detection }: Pick<Background, 'detection'>): void {
  void detection.recover();
}

function resyncContentScripts(mailbox: Background['mailbox']): void {
  void mailbox(async () => sync((await readSettings()).settings));
}

async function sync(settings: Settings): Promise<void> {
  try {
    await syncContentScripts(settings);
  } catch (error) {
    console.warn('[outward] content scripts could not be synced', error);
  }
}
