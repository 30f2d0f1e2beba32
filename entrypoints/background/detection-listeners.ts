import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/domain/settings/schema';
import { syncContentScripts } from '@/utils/platform/content-scripts';
import { readSettings, watchSettings } from '@/utils/platform/storage/settings-store';
import type { Background } from './handlers';

/**
 * Wires detection to browser events. Must be called synchronously while the worker starts, so an
 * event that woke the worker finds its listener.
 */
export function listenForDetection({ detection, mailbox }: Pick<Background, 'detection' | 'mailbox'>): void {
  const resync = () => resyncContentScripts(mailbox);
  browser.alarms.onAlarm.addListener((alarm) => void detection.alarm(alarm.name));
  browser.idle.onStateChanged.addListener((state) => void detection.idle(state));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  watchSettings((settings) => void mailbox(() => sync(settings)));
}

/** Start-up work after a browser start or an install/update: register content scripts, close lost episodes. */
export function startDetection({ detection, mailbox }: Pick<Background, 'detection' | 'mailbox'>): void {
  resyncContentScripts(mailbox);
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
