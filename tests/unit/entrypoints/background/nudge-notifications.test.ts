import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForNudgeNotifications } from '@/entrypoints/background/nudge-notifications';
import type { ActiveNudge } from '@/utils/domain/nudges/active-nudge';
import { createNudgeSession } from '@/utils/domain/nudges/session';
import { readOfferedAct } from '@/utils/platform/storage/act-store';
import { writeNudgeSession } from '@/utils/platform/storage/nudge-store';

const active: ActiveNudge = {
  record: {
    id: 'nudge-1',
    at: 0,
    episodeId: 'ep-1',
    site: 'reddit.com',
    level: 1,
    actId: 'thank-helper',
    outcome: 'shown',
    outcomeAt: null,
  },
  act: {
    id: 'thank-helper',
    title: 'Thank someone',
    howTo: 'Write two lines.',
    why: 'It matters.',
    minutes: 2,
    cost: 'free',
    category: 'online',
    link: null,
  },
  tabId: 7,
  channel: 'card',
};

describe('nudge notifications', () => {
  it('open the popup with the nudge’s act when clicked, and go away', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    const clear = vi.spyOn(fakeBrowser.notifications, 'clear');
    await writeNudgeSession({ ...createNudgeSession(), active });
    listenForNudgeNotifications();

    await fakeBrowser.notifications.onClicked.trigger('outward-nudge:nudge-1');

    await vi.waitFor(() => expect(openPopup).toHaveBeenCalled());
    expect(await readOfferedAct()).toEqual(active.act);
    expect(clear).toHaveBeenCalledWith('outward-nudge:nudge-1');
  });

  it('open the popup page in a tab where the popup cannot open', async () => {
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no window'));
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    listenForNudgeNotifications();

    await fakeBrowser.notifications.onClicked.trigger('outward-nudge:nudge-1');

    await vi.waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/popup\.html$/) }));
  });

  it('leave other notifications alone', async () => {
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    listenForNudgeNotifications();

    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    await new Promise((resolve) => setTimeout(resolve, 10));

    expect(openPopup).not.toHaveBeenCalled();
  });
});
