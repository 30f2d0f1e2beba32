/**
 * Runs async tasks one after another, in call order, so read-modify-write sequences cannot
 * interleave (uBlock Origin Lite's single promise chain). A failed task rejects its own caller
 * and does not stop the tasks queued behind it.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
