import type { Steps } from '@/utils/domain/steps';

/** Longest stretch of work (ms) before other work in the worker gets its turn. */
export const SLICE_MS = 12;

/**
 * Lets every task already waiting (a message, a timer) run before going on. A timer, not
 * `scheduler.yield()`: that resumes ahead of tasks of its own priority, messages included.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs stepped work in slices of about `sliceMs`, yielding to the event loop between them, so a
 * message that arrives meanwhile is answered while the work goes on. Resolves to its result.
 */
export async function runInSlices<T>(
  steps: Steps<T>,
  { sliceMs = SLICE_MS, pause = yieldToEventLoop }: { sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
