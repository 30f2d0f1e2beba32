import { createSerialQueue } from '@/utils/domain/serial-queue';

/**
 * The background's one mailbox (DESIGN.md §3): every event that changes state runs through it as
 * one task, in arrival order — a scroll summary's fold and the nudge step after it, the inactivity
 * alarm and idle changes, the start-up recovery, a card's answer and *Another idea*, an act offered,
 * started, done or let go, a check-in, a settings change and the content-script registration it
 * leads to (permission changes too), an import (the start and the end of its merge: the file is
 * checked before, outside, and its long write goes on between tasks; see
 * utils/platform/data/run-import.ts), delete-all. Each task reads state, decides with pure
 * functions, writes, then performs effects. A task never posts to the mailbox (it would wait
 * for itself): code inside a task calls plain functions. Nothing else in the background queues.
 */
export type Mailbox = <T>(task: () => Promise<T> | T) => Promise<T>;

/** A mailbox of its own; the background makes one at start-up and hands it to every part. */
export function createMailbox(): Mailbox {
  return createSerialQueue();
}
