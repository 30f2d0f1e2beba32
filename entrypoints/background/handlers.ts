import { browser } from 'wxt/browser';
import { deleteAllData } from '@/utils/platform/data/delete-all';
import { createEntryEditHandlers } from '@/utils/platform/db/entry-edits';
import { createImportStaging } from '@/utils/platform/data/import-staging';
import { importUpload } from '@/utils/platform/data/run-import';
import { getHistoryDb } from '@/utils/platform/history-status';
import type { Handlers } from '@/utils/platform/messaging/router';
import { readRepairReport, readSettings, updateSettings } from '@/utils/platform/storage/settings-store';
import { createActHandlers } from './acts';
import { createDetection, type Detection } from './detection';
import { createNudgeHandlers } from './nudge-handlers';
import { createNudgeFlow, type NudgeFlow } from './nudges';

/**
 * The background's answers to each message type. Every handler reads what it needs from storage
 * on each call: the worker may have been stopped and restarted between any two messages.
 */
export function createHandlers(
  detection: Detection = createDetection(),
  nudges: NudgeFlow = createNudgeFlow(),
): Handlers {
  // An import upload in progress; lost with the worker, and the page then sends the file again.
  const staging = createImportStaging();
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
    'scroll/summary': (summary, sender) => detection.summary(summary, sender.tab?.id ?? null),
    ...createNudgeHandlers(nudges),
    'data/import-chunk': ({ importId, index, text }) => ({ receivedChars: staging.append(importId, index, text) }),
    'data/import': ({ importId, restoreSettings }) => importUpload(staging, importId, { restoreSettings }),
    // Between folds and nudge steps, so no episode or nudge in flight writes its old state back afterwards.
    'data/delete-all': () => detection.exclusive(() => nudges.exclusive(() => deleteAllData())),
    ...createActHandlers(),
    ...createEntryEditHandlers(),
  };
}
