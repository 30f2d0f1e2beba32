import { describe, expect, it } from 'vitest';
import type { Steps } from '@/utils/domain/steps';
import { runInSlices } from '@/utils/platform/data/run-in-slices';

/** Stepped work of `count` steps that notes when it ends. */
function* work(count: number, seen: string[]): Steps<number> {
  for (let k = 0; k < count; k++) yield;
  seen.push('work done');
  return count;
}

describe('runInSlices', () => {
  it('lets a task that was waiting run before the work ends', async () => {
    const seen: string[] = [];
    setTimeout(() => seen.push('waiting task'), 0);

    const result = await runInSlices(work(50, seen), { sliceMs: 0 });

    expect(result).toBe(50);
    expect(seen).toEqual(['waiting task', 'work done']);
  });

  it('pauses between slices, not after every step', async () => {
    let pauses = 0;

    await runInSlices(work(1000, []), { sliceMs: 60_000, pause: async () => void (pauses += 1) });

    expect(pauses).toBe(0);
  });
});
