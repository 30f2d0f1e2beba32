import { browser } from 'wxt/browser';
import { readValidLocal } from './read-valid';
import { isPendingActStale, PendingActSchema, type PendingAct } from '../../domain/acts/pending';
import { ResolvedActSchema, type ResolvedAct } from '../../domain/acts/types';

/** `local:pendingAct`: the act the person said *Do it* to and has not marked done. */
const PENDING_KEY = 'pendingAct';
/** `local:offeredAct`: the act the popup is suggesting now, so reopening it shows the same idea. */
const OFFERED_KEY = 'offeredAct';

/** The pending act, or null when there is none, it is broken, or it has gone stale at `now`. */
export async function readPendingAct(now: number): Promise<PendingAct | null> {
  const pending = await readValidLocal(PENDING_KEY, PendingActSchema);
  return pending && !isPendingActStale(pending, now) ? pending : null;
}

/** Stores the pending act (one at a time: a new *Do it* replaces the old one). */
export function writePendingAct(pending: PendingAct): Promise<void> {
  return browser.storage.local.set({ [PENDING_KEY]: pending });
}

/** Forgets the pending act (done, or "didn't get to it"). */
export function clearPendingAct(): Promise<void> {
  return browser.storage.local.remove(PENDING_KEY);
}

/** The act the popup is offering, or null. */
export function readOfferedAct(): Promise<ResolvedAct | null> {
  return readValidLocal(OFFERED_KEY, ResolvedActSchema);
}

/** Remembers the act the popup is offering, or forgets it with null. */
export function writeOfferedAct(act: ResolvedAct | null): Promise<void> {
  return act ? browser.storage.local.set({ [OFFERED_KEY]: act }) : browser.storage.local.remove(OFFERED_KEY);
}
