import { browser } from 'wxt/browser';
import { EMPTY_OUTBOX, parseOutbox, type Outbox, type OutboxStatus } from '@/utils/domain/history/pending-writes';
import { items } from './items';

/** `local:pendingWrites` (see `items.ts`). */
export const OUTBOX_KEY = items.pendingWrites.key;

/** The outbox as stored; empty when nothing waits. Writes that no longer parse are counted as dropped. */
export async function readOutbox(): Promise<Outbox> {
  const { outbox, broken } = parseOutbox((await browser.storage.local.get(OUTBOX_KEY))[OUTBOX_KEY]);
  if (broken > 0) console.warn(`[outward] ${broken} broken pending history writes were let go`);
  return outbox;
}

/** Stores the outbox, or removes the key when nothing waits. Background only; callers serialise. */
export function writeOutbox(outbox: Outbox): Promise<void> {
  return outbox.writes.length === 0
    ? browser.storage.local.remove(OUTBOX_KEY)
    : browser.storage.local.set({ [OUTBOX_KEY]: outbox });
}

/** How many history writes wait and how many were let go, for pages to show; nothing waits when it cannot be read. */
export async function readOutboxStatus(): Promise<OutboxStatus> {
  const outbox = await readOutbox().catch((): Outbox => EMPTY_OUTBOX);
  return { waiting: outbox.writes.length, dropped: outbox.dropped };
}
