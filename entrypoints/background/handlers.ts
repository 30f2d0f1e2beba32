import { browser } from 'wxt/browser';
import { getHistoryDb } from '../../utils/platform/history-status';
import type { Handlers } from '../../utils/platform/messaging/router';
import { readRepairReport, readSettings, updateSettings } from '../../utils/platform/storage/settings-store';

/**
 * The background's answers to each message type. Every handler reads what it needs from storage
 * on each call: the worker may have been stopped and restarted between any two messages.
 */
export function createHandlers(): Handlers {
  return {
    'app/ping': () => ({ version: browser.runtime.getManifest().version }),
    'settings/get': async () => {
      const [{ settings, repaired }, report] = await Promise.all([readSettings(), readRepairReport()]);
      return { settings, repaired: [...new Set([...report, ...repaired])] };
    },
    'settings/update': async ({ patch }) => {
      const result = await updateSettings(patch);
      if (!result.ok) throw new Error(`settings not saved: ${result.problems.join('; ')}`);
      return { settings: result.settings };
    },
    'history/status': async () => {
      const result = await getHistoryDb();
      return result.ok ? { available: true } : { available: false, message: result.message };
    },
  };
}
