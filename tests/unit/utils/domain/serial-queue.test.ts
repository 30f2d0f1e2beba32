import { describe, expect, it } from 'vitest';
import { createSerialQueue } from '@/utils/domain/serial-queue';

describe('createSerialQueue', () => {
  it('runs read-modify-write tasks one at a time so no update is lost', async () => {
    const run = createSerialQueue();
    let stored = 0;
    const increment = () =>
      run(async () => {
        const read = stored;
        await Promise.resolve();
        await Promise.resolve();
        stored = read + 1;
      });

    await Promise.all(Array.from({ length: 50 }, increment));

    expect(stored).toBe(50);
  });

  it('keeps going after a task fails, and rejects only that task', async () => {
    const run = createSerialQueue();

    const failed = run(() => Promise.reject(new Error('boom')));
    const next = run(() => 'ok');

    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ok');
  });
});
