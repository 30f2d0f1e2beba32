import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createNudgeHandlers } from '@/entrypoints/background/nudge-handlers';
import type { NudgeFlow } from '@/entrypoints/background/nudges';

type Sender = Browser.runtime.MessageSender;

/** A nudge flow whose answers are recorded, with `recorded` as the reply. */
function flowAnswering(recorded: boolean) {
  const answer = vi.fn(async () => ({ recorded }));
  return { flow: { answer } as unknown as NudgeFlow, answer };
}

describe('the card’s Close this tab', () => {
  it('answers the nudge as closed, then closes the tab the card is in', async () => {
    const { flow, answer } = flowAnswering(true);
    const close = vi.fn(async () => undefined);
    const order: string[] = [];
    answer.mockImplementation(async () => (order.push('answer'), { recorded: true }));
    close.mockImplementation(async () => void order.push('close'));

    const reply = await createNudgeHandlers(flow, close)['nudge/leave']({ nudgeId: 'n-1' }, {
      tab: { id: 42 },
    } as Sender);

    expect(reply).toEqual({ recorded: true });
    expect(answer).toHaveBeenCalledWith('n-1', 'dismissed');
    expect(close).toHaveBeenCalledWith(42);
    expect(order).toEqual(['answer', 'close']);
  });

  it('still closes the tab when the nudge had expired meanwhile', async () => {
    const { flow } = flowAnswering(false);
    const close = vi.fn(async () => undefined);

    await createNudgeHandlers(flow, close)['nudge/leave']({ nudgeId: 'n-1' }, { tab: { id: 7 } } as Sender);

    expect(close).toHaveBeenCalledWith(7);
  });

  it('closes nothing when the message came from no tab', async () => {
    const { flow } = flowAnswering(true);
    const close = vi.fn(async () => undefined);

    await createNudgeHandlers(flow, close)['nudge/leave']({ nudgeId: 'n-1' }, {} as Sender);

    expect(close).not.toHaveBeenCalled();
  });
});
