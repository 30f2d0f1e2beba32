import { browser } from 'wxt/browser';
import {
  buildExport,
  emptyHistory,
  type ExportDocument,
  type HistoryContents,
} from '@/utils/domain/data/export-format';
import type { Settings } from '@/utils/domain/settings/schema';
import type { HistoryDatabase } from '../db/open-history-db';

/**
 * Every record of the four history stores, read in one transaction so the snapshot is consistent
 * even while the background writes. Pages may call this: it only reads.
 */
export async function readAllHistory(db: HistoryDatabase): Promise<HistoryContents> {
  const tx = db.transaction(['episodes', 'nudges', 'acts', 'checkins'], 'readonly');
  const [episodes, nudges, acts, checkins] = await Promise.all([
    tx.objectStore('episodes').getAll(),
    tx.objectStore('nudges').getAll(),
    tx.objectStore('acts').getAll(),
    tx.objectStore('checkins').getAll(),
  ]);
  await tx.done;
  return { episodes, nudges, acts, checkins };
}

/** When and by which version an export is made; defaults are now and this extension's version. */
export interface ExportStamp {
  /** Epoch ms. */
  now?: number;
  appVersion?: string;
}

/**
 * The complete export document: settings and all history. With no database (a private mode
 * where history cannot be kept) the history part is empty and the settings are still exported.
 */
export async function exportEverything(
  db: HistoryDatabase | null,
  settings: Settings,
  { now = Date.now(), appVersion = browser.runtime.getManifest().version }: ExportStamp = {},
): Promise<ExportDocument> {
  const history = db ? await readAllHistory(db) : emptyHistory();
  return buildExport({ settings, history, appVersion, now });
}
