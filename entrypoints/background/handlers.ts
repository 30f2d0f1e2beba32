import { browser } from 'wxt/browser';
import { deleteAllData } from '@/utils/platform/data/delete-all';
import { createEntryEditHandlers } from '@/utils/platform/db/entry-edits';
import { createImportStaging } from '@/utils/platform/data/import-staging';
import { importUpload } from '@/utils/platform/data/run-import';
import { getHistoryDb } from '@/utils/platform/history-status';
import type { Handlers } from '@/utils/platform/messaging/router';
import { readRepairReport, readSettings, updateSettings } from '@/utils/platform/storage/settings-store';
import { createActHandlers } from './acts';
import { createDetection, type Detection, type DetectionOptions } from './detection';
import { createNudgeHandlers } from './nudge-handlers';
import { createMailbox, type Mailbox } from './mailbox';
import { createNudgeFlow, type NudgeDeps, type NudgeFlow } from './nudges';

/** The parts of the background the handlers answer from, all sharing one mailbox. */
export interface Background {
  mailbox: Mailbox;
  detection: Detection;
  nudges: NudgeFlow;
}

/** What a background is built from; tests pass their own clocks and ids. */
export interface BackgroundOptions {
  mailbox?: Mailbox;
  nudges?: NudgeDeps;
  detection?: Omit<DetectionOptions, 'mailbox' | 'onDecisions'>;
}

/** A background's parts around one mailbox (the nudge step runs inside each fold's task). */
export function createBackground({ mailbox = createMailbox(), ...options }: BackgroundOptions = {}): Background {
  const nudges = createNudgeFlow(options.nudges, mailbox);
  const detection = createDetection({ ...options.detection, mailbox, onDecisions: nudges.afterFold });
  return { mailbox, nudges, detection };
}

/**
 * The background's answers to each message type. Every handler reads what it needs from storage
 * on each call: the worker may have been stopped and restarted between any two messages. Every
 * handler that changes state runs as one task in the mailbox.
 */
export function createHandlers({ mailbox, detection, nudges }: Background = createBackground()): Handlers {
  const edits = createEntryEditHandlers();
  // An import upload in progress; lost with the worker, and the page then sends the file again.
  const staging = createImportStaging();
  return {
    'app/ping': () => ({ version: browser.runtime.getManifest().version }),
    'settings/get': async () => {
      const [{ settings, repaired }, report] = await Promise.all([readSettings(), readRepairReport()]);
      return { settings, repaired: [...new Set([...report, ...repaired])] };
    },
    'settings/update': ({ patch }) =>
      mailbox(async () => {
        const result = await updateSettings(patch);
        if (!result.ok) throw new Error(`settings not saved: ${result.problems.join('; ')}`);
        return { settings: result.settings };
      }),
    'history/status': async () => {
      const result = await getHistoryDb();
      return result.ok ? { available: true } : { available: false, message: result.message };
    },
    'scroll/summary': (summary, sender) => detection.summary(summary, sender.tab?.id ?? null),
    ...createNudgeHandlers(nudges),
    'data/import-chunk': ({ importId, index, text }) => ({ receivedChars: staging.append(importId, index, text) }),
    // Checked outside the mailbox, in slices; merged by tasks of its own (utils/platform/data/run-import.ts).
    'data/import': ({ importId, restoreSettings }) => importUpload(staging, importId, { restoreSettings }, { mailbox }),
    // A task of its own, so no fold, nudge or act in flight writes its old state back afterwards.
    'data/delete-all': () => mailbox(() => deleteAllData()),
    ...createActHandlers(undefined, mailbox),
    // Corrections from the journal change history: each is a task of its own too.
    'history/edit-entry': (edit, sender) => mailbox(() => edits['history/edit-entry'](edit, sender)),
    'history/delete-entry': (ref, sender) => mailbox(() => edits['history/delete-entry'](ref, sender)),
    'history/add-act': (input, sender) => mailbox(() => edits['history/add-act'](input, sender)),
  };
}
