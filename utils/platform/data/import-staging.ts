import { MAX_IMPORT_CHARS } from '@/utils/domain/data/parse-import';

/** An upload is dropped when no chunk arrived for this long (ms): its page was closed or reloaded. */
export const STAGING_IDLE_MS = 60_000;

/** Thrown for a chunk that does not continue the upload in progress; the page starts over. */
export class ImportInterrupted extends Error {
  constructor(reason: string) {
    super(`import interrupted: ${reason}`);
    this.name = 'ImportInterrupted';
  }
}

interface Upload {
  id: string;
  chunks: string[];
  chars: number;
  touchedAt: number;
}

/**
 * Collects an import file sent in chunks (one message cannot carry a large file) until the page
 * asks to import it. Holds one upload at a time, in the worker's memory only: if the worker stops
 * mid-upload the upload is simply gone and the page is told to send it again.
 */
export function createImportStaging(now: () => number = Date.now, maxChars: number = MAX_IMPORT_CHARS) {
  let upload: Upload | undefined;
  const current = (id: string) => {
    if (upload && now() - upload.touchedAt > STAGING_IDLE_MS) upload = undefined;
    return upload?.id === id ? upload : undefined;
  };
  return {
    /** Adds chunk `index` (0 starts a new upload, replacing any other); returns characters received. */
    append(id: string, index: number, text: string): number {
      if (index === 0) upload = { id, chunks: [], chars: 0, touchedAt: now() };
      const target = current(id);
      if (!target) throw new ImportInterrupted('unknown or expired upload');
      if (index !== target.chunks.length) {
        upload = undefined;
        throw new ImportInterrupted(`chunk ${index} arrived, ${target.chunks.length} expected`);
      }
      if (target.chars + text.length > maxChars) {
        upload = undefined;
        throw new ImportInterrupted('file larger than the import limit');
      }
      target.chunks.push(text);
      target.chars += text.length;
      target.touchedAt = now();
      return target.chars;
    },
    /** The whole text of the upload, which is then forgotten; undefined when there is none. */
    take(id: string): string | undefined {
      const target = current(id);
      if (!target) return undefined;
      upload = undefined;
      return target.chunks.join('');
    },
  };
}

export type ImportStaging = ReturnType<typeof createImportStaging>;
