import { browser } from 'wxt/browser';
import { syncContentScripts } from '@/utils/platform/content-scripts';
import { readSettings, watchSettings } from '@/utils/platform/storage/settings-store';
import type { Detection } from './detection';

/**
 * Wires detection to browser events. Must be called synchronously while the worker starts, so an
 * event that woke the worker finds its listener.
 */
export function listenForDetection(detection: Detection): void {
  browser.alarms.onAlarm.addListener((alarm) => void detection.alarm(alarm.name));
  browser.idle.onStateChanged.addListener((state) => void detection.idle(state));
  browser.permissions.onAdded.addListener(resyncContentScripts);
  browser.permissions.onRemoved.addListener(resyncContentScripts);
  watchSettings((settings) => void syncContentScripts(settings).catch(warnNotSynced));
}

/** Start-up work after a browser start or an install/update: register content scripts, close lost episodes. */
export function startDetection(detection: Detection): void {
  resyncContentScripts();
  void detection.recover();
}

function resyncContentScripts(): void {
  void readSettings()
    .then(({ settings }) => syncContentScripts(settings))
    .catch(warnNotSynced);
}

function warnNotSynced(error: unknown): void {
  console.warn('[outward] content scripts could not be synced', error);
}
