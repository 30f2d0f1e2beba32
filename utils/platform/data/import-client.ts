import { importProblem } from '@/utils/domain/data/import-problem';
import type { ImportOutcome } from '@/utils/domain/data/outcomes';
import { MAX_IMPORT_CHARS, tooLarge } from '@/utils/domain/data/parse-import';
import { sendMessage } from '../messaging/client';
import { IMPORT_CHUNK_CHARS } from '../messaging/protocol';

type Send = typeof sendMessage;

/**
 * Sends an export file to the background and asks it to import it: the text travels in chunks
 * (`data/import-chunk`), then `data/import` checks and merges it whole. If the worker restarted
 * during the upload, the upload is sent once more before giving up with `interrupted`.
 * Resolves to the background's outcome; never throws.
 */
export async function importFile(
  text: string,
  options: { restoreSettings: boolean },
  send: Send = sendMessage,
): Promise<ImportOutcome> {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, problem: tooLarge(text.length) };
  for (let attempt = 0; attempt < 2; attempt++) {
    const outcome = await uploadAndImport(text, options, send).catch(() => undefined);
    if (outcome && !(outcome.ok === false && outcome.problem.code === 'interrupted')) return outcome;
  }
  return { ok: false, problem: importProblem('interrupted', {}) };
}

async function uploadAndImport(text: string, options: { restoreSettings: boolean }, send: Send) {
  const importId = crypto.randomUUID();
  // An empty file still sends one (empty) chunk, so the background answers `empty`.
  for (let index = 0, at = 0; index === 0 || at < text.length; index++, at += IMPORT_CHUNK_CHARS) {
    await send('data/import-chunk', { importId, index, text: text.slice(at, at + IMPORT_CHUNK_CHARS) });
  }
  return send('data/import', { importId, restoreSettings: options.restoreSettings });
}
