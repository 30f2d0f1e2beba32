/**
 * Long pure work written as a generator that `yield`s between small units (a few hundred records),
 * so the caller decides when to let other work run: `runSteps` runs it straight through (tests,
 * pages), the background runs it in time slices (utils/platform/data/run-in-slices.ts).
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs stepped work to its end, without pausing, and returns its result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Records handled between two yields of a pass over a long list. */
export const STEP_RECORDS = 500;
