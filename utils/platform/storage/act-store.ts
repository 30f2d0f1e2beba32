import { isPendingActStale, type PendingAct } from '@/utils/domain/acts/pending';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { items, readItem, removeItem, writeItem } from './items';
import { readActiveNudge } from './nudge-store';

/** The pending act, or null when there is none, it is broken, or it has gone stale at `now`. */
export async function readPendingAct(now: number): Promise<PendingAct | null> {
  const pending = await readItem(items.pendingAct);
  return pending && !isPendingActStale(pending, now) ? pending : null;
}

/** Stores the pending act (one at a time: a new *Do it* replaces the old one). */
export function writePendingAct(pending: PendingAct): Promise<void> {
  return writeItem(items.pendingAct, pending);
}

/** Forgets the pending act (done, or "didn't get to it"). */
export function clearPendingAct(): Promise<void> {
  return removeItem(items.pendingAct);
}

/** The act the popup is offering, or null. */
export function readOfferedAct(): Promise<ResolvedAct | null> {
  return readItem(items.offeredAct);
}

/** Remembers the act the popup is offering, or forgets it with null. */
export function writeOfferedAct(act: ResolvedAct | null): Promise<void> {
  return act ? writeItem(items.offeredAct, act) : removeItem(items.offeredAct);
}
/** The act the popup shows: the one in progress, else the one on offer (a waiting nudge's, under its id). */
export interface CurrentAct {
  pending: PendingAct | null;
  offered: ResolvedAct | null;
  /** The waiting nudge whose act is `offered` (it opened the popup, or its card is on a page), answered with `nudge/*`; else null. */
  nudgeId: string | null;
}

/**
 * The current act as stored, at `now`. `offered` is null when nothing has been offered yet: the
 * background then picks a first idea (it needs the history). Pages read this straight from storage,
 * so the popup can show it without waiting for the worker to start.
 */
export async function readCurrentAct(now: number): Promise<CurrentAct> {
  const [pending, offered, nudge] = await Promise.all([readPendingAct(now), readOfferedAct(), readActiveNudge()]);
  if (pending) return { pending, offered, nudgeId: null };
  // A waiting nudge's act is the one on offer wherever the person looks (the popup it opened, or
  // beside its card): one act, answered from either place under the nudge's id.
  if (nudge) return { pending, offered: nudge.act, nudgeId: nudge.record.id };
  return { pending, offered, nudgeId: null };
}
