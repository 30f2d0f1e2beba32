import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, createHandlers } from '@/entrypoints/background/handlers';
import type { NudgeDeps } from '@/entrypoints/background/nudges';
import type { ScrollSummary } from '@/utils/domain/detection/summary';
import type { NudgeRecord } from '@/utils/domain/history/records';
import type { TabMessage } from '@/utils/domain/nudges/card-messages';
import { localClockForZone } from '@/utils/domain/nudges/local-clock';
import { createSeededRandom } from '@/utils/domain/random';
import { dayKeyOfZone } from '@/utils/domain/stats/day-key';
import { NUDGE_BADGE_TEXT } from '@/utils/platform/nudges/badge';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import { createRouter } from '@/utils/platform/messaging/router';
import { readCurrentAct, readOfferedAct, readPendingAct } from '@/utils/platform/storage/act-store';
import { readActiveNudge, readNudgeSession } from '@/utils/platform/storage/nudge-store';
import { updateSettings } from '@/utils/platform/storage/settings-store';
import { feedScrolling } from '@/tests/fixtures/scroll-traces/generators';

const T0 = Date.UTC(2025, 5, 10, 9, 0, 0);
const MIN = 60_000;
const TAB = 7;
let clock = T0;
let episodeIds = 0;
let nudgeIds = 0;
/** Which tabs the person sees; all of them unless a test says otherwise. */
let inView: (tabId: number) => boolean = () => true;

const deps = (): NudgeDeps => ({
  now: () => clock,
  random: createSeededRandom(7),
  newId: () => `nudge-${++nudgeIds}`,
  clock: () => localClockForZone('UTC'),
  dayKeyOf: () => dayKeyOfZone('UTC'),
  tabInView: async (tabId) => inView(tabId),
});

/** What a freshly started worker builds: nothing but storage carries over from the last one. */
function freshWorker() {
  const { nudges, detection } = createBackground({
    nudges: deps(),
    detection: { now: () => clock, newId: () => `ep-${++episodeIds}` },
  });
  return { flow: nudges, detection };
}

/** Feed scrolling on reddit.com in tab 7 for `minutes` from `from`, restarting the worker before every summary. */
async function scrollFeed(from: number, minutes: number, tabId: number = TAB): Promise<void> {
  for (const summary of feedScrolling({ start: from, minutes })) await deliver(summary, tabId);
}

async function deliver(summary: ScrollSummary, tabId: number): Promise<void> {
  clock = summary.windowEnd + 30;
  await freshWorker().detection.summary(summary, tabId);
}

let tabMessages: ReturnType<typeof vi.fn>;
const shownCards = () =>
  tabMessages.mock.calls
    .map(([tabId, message]) => ({ tabId, message: message as TabMessage }))
    .filter(({ message }) => message.type === 'nudge/show');

async function nudgeRecords(): Promise<NudgeRecord[]> {
  const history = await getHistoryDb();
  if (!history.ok) throw new Error(history.message);
  return (await history.db.getAll('nudges')).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  clock = T0;
  episodeIds = 0;
  nudgeIds = 0;
  inView = () => true;
  tabMessages = vi.fn(async (_tabId: number, message: TabMessage) =>
    message.type === 'nudge/show' ? { shown: true } : undefined,
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(tabMessages as never);
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
  await updateSettings({ detection: { minutesBeforeNudge: 1 }, nudges: { escalateAfterMinutes: 2 } });
});
afterEach(async () => {
  await closeHistoryDb();
  vi.unstubAllGlobals();
});

describe('the nudge flow', () => {
  it('runs the card’s script in the tab just before it asks the tab to show the card, and never for a hidden card', async () => {
    const calls: string[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
      target: { tabId: number; frameIds?: number[] };
      files?: string[];
    }) => {
      calls.push(
        `script ${injection.target.tabId} ${JSON.stringify(injection.target.frameIds)} ${injection.files?.join()}`,
      );
      return [];
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: TabMessage) => {
      calls.push(`${message.type} ${tabId}`);
      return message.type === 'nudge/show' ? { shown: true } : undefined;
    }) as never);

    await scrollFeed(T0, 1);

    expect(calls).toEqual([`script ${TAB} [0] /nudge-card.js`, `nudge/show ${TAB}`]);
  });

  it('shows no card, and keeps the badge, when the tab refuses the card’s script', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));

    await scrollFeed(T0, 1);

    expect(shownCards()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe(NUDGE_BADGE_TEXT);
  });

  it('shows one level-1 card in the tab that scrolled once the threshold is reached, with the badge and a record', async () => {
    await scrollFeed(T0, 0.75);
    const before = shownCards().length;

    await scrollFeed(T0 + 0.75 * MIN, 0.25);

    const [card] = shownCards();
    expect(before).toBe(0);
    expect(card).toMatchObject({ tabId: TAB, message: { data: { nudgeId: 'nudge-1', level: 1 } } });
    expect(await fakeBrowser.action.getBadgeText({})).toBe(NUDGE_BADGE_TEXT);
    expect(await nudgeRecords()).toEqual([
      expect.objectContaining({ id: 'nudge-1', episodeId: 'ep-1', site: 'reddit.com', level: 1, outcome: 'shown' }),
    ]);
    expect(await readActiveNudge()).toMatchObject({ tabId: TAB, channel: 'card', record: { id: 'nudge-1' } });
  });

  it('never shows a second card in the same episode, though the worker restarts before every summary', async () => {
    await scrollFeed(T0, 6);

    expect(shownCards()).toHaveLength(1);
    expect(await nudgeRecords()).toHaveLength(1);
  });

  it('keeps the heart on the badge while the card waits, though the minutes tick on', async () => {
    await scrollFeed(T0, 3);

    expect(await fakeBrowser.action.getBadgeText({})).toBe(NUDGE_BADGE_TEXT);
  });

  it('records Not now, shows no card while snoozed, then the larger card after the snooze', async () => {
    await scrollFeed(T0, 1);
    await freshWorker().flow.answer('nudge-1', 'not-now');
    await scrollFeed(T0 + MIN, 1.75);
    const whileSnoozed = shownCards().length;

    await scrollFeed(T0 + 2.75 * MIN, 0.5);

    expect(whileSnoozed).toBe(1);
    expect(shownCards().map(({ message }) => message.type === 'nudge/show' && message.data.level)).toEqual([1, 2]);
    expect((await nudgeRecords()).map((r) => [r.level, r.outcome])).toEqual([
      [1, 'not-now'],
      [2, 'shown'],
    ]);
  });

  it('puts the minutes back on the badge after an answer', async () => {
    await scrollFeed(T0, 1);

    await freshWorker().flow.answer('nudge-1', 'not-now');

    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('mutes the site after I am here on purpose: a new episode there brings no card', async () => {
    await updateSettings({ nudges: { siteCooldownMinutes: 0 } });
    await scrollFeed(T0, 1);
    await freshWorker().flow.answer('nudge-1', 'purposeful');

    await scrollFeed(T0 + 10 * MIN, 3);

    expect(shownCards()).toHaveLength(1);
    expect((await readNudgeSession()).policy.mutedUntilBySite['reddit.com']).toBe(T0 + MIN + 30 + 120 * MIN);
    expect((await nudgeRecords()).map((r) => r.outcome)).toEqual(['purposeful']);
  });

  it('starts the offered act on Do it, tied to the nudge, for the popup to complete', async () => {
    await scrollFeed(T0, 1);
    const offered = (await readActiveNudge())!.act;

    const reply = await freshWorker().flow.answer('nudge-1', 'accepted');

    expect(reply).toEqual({ recorded: true });
    expect(await readPendingAct(clock)).toEqual({
      act: offered,
      nudgeId: 'nudge-1',
      startedAt: clock,
      recordId: 'nudge-2',
    });
    expect((await nudgeRecords())[0]).toMatchObject({ outcome: 'accepted', outcomeAt: clock, actId: offered.id });
    expect(await readActiveNudge()).toBeNull();
  });

  it('offers another act under a new id and records the first one as passed over', async () => {
    await scrollFeed(T0, 1);
    const first = (await readActiveNudge())!.act;

    const reply = await freshWorker().flow.another('nudge-1');
    const late = await freshWorker().flow.answer('nudge-1', 'accepted');

    expect(reply.act?.id).not.toBe(first.id);
    expect(reply.nudgeId).toBe('nudge-2');
    expect(late).toEqual({ recorded: false });
    expect((await nudgeRecords()).map((r) => [r.id, r.actId === first.id, r.outcome])).toEqual([
      ['nudge-1', true, 'another'],
      ['nudge-2', false, 'shown'],
    ]);
  });

  it('expires an unanswered card when its episode ends and takes it off the page', async () => {
    await scrollFeed(T0, 1);

    clock = T0 + 10 * MIN;
    await freshWorker().detection.alarm('episode-inactivity');

    expect((await nudgeRecords())[0]).toMatchObject({ outcome: 'expired', outcomeAt: T0 + 10 * MIN });
    expect(tabMessages).toHaveBeenLastCalledWith(
      TAB,
      { type: 'nudge/hide', data: { nudgeId: 'nudge-1' } },
      {
        frameId: 0,
      },
    );
    expect(await readActiveNudge()).toBeNull();
  });

  it('gives no card to a tab hidden since its summary, and the card to the watched tab the person scrolls next', async () => {
    const OTHER_TAB = 8;
    inView = (tabId) => tabId !== TAB;
    await scrollFeed(T0, 1);
    const whileHidden = shownCards().length;

    await scrollFeed(T0 + MIN, 0.25, OTHER_TAB);

    expect(whileHidden).toBe(0);
    expect(shownCards().map(({ tabId }) => tabId)).toEqual([OTHER_TAB]);
    expect(await readActiveNudge()).toMatchObject({ tabId: OTHER_TAB, channel: 'card', record: { id: 'nudge-1' } });
    expect(await nudgeRecords()).toHaveLength(1);
  });

  it('falls back to the badge alone when the tab is gone', async () => {
    tabMessages.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));

    await scrollFeed(T0, 1);

    expect(await fakeBrowser.action.getBadgeText({})).toBe(NUDGE_BADGE_TEXT);
    expect(await readActiveNudge()).toMatchObject({ channel: 'badge' });
    expect((await nudgeRecords()).map((r) => r.outcome)).toEqual(['shown']);
  });

  it('ignores answers to a nudge it does not know', async () => {
    await scrollFeed(T0, 1);

    expect(await freshWorker().flow.answer('nudge-9', 'dismissed')).toEqual({ recorded: false });
    expect((await nudgeRecords()).map((r) => r.outcome)).toEqual(['shown']);
  });

  it('also sends a system notification when asked for and permitted', async () => {
    vi.mocked(fakeBrowser.permissions.contains).mockResolvedValue(true);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await updateSettings({ nudges: { notifications: true } });

    await scrollFeed(T0, 1);

    expect(create).toHaveBeenCalledWith('outward-nudge:nudge-1', expect.objectContaining({ type: 'basic' }));
  });

  it('sends no notification when the permission was not granted', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await updateSettings({ nudges: { notifications: true } });

    await scrollFeed(T0, 1);

    expect(create).not.toHaveBeenCalled();
    expect(shownCards()).toHaveLength(1);
  });

  it('offers the larger nudge by opening the popup when asked for and the browser can', async () => {
    await updateSettings({ nudges: { offerInPopup: true } });
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await scrollFeed(T0, 1);
    await freshWorker().flow.answer('nudge-1', 'not-now');

    await scrollFeed(T0 + MIN, 2.5);

    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(shownCards()).toHaveLength(1);
    expect(await readActiveNudge()).toMatchObject({ channel: 'popup', record: { level: 2 } });
    expect(await readOfferedAct()).toEqual((await readActiveNudge())!.act);
  });

  it('tells the popup it opens which nudge it offers, before it opens', async () => {
    await updateSettings({ nudges: { offerInPopup: true } });
    const seenByPopup: (string | null)[] = [];
    vi.spyOn(fakeBrowser.action, 'openPopup').mockImplementation(async () => {
      // The popup reads storage the moment it opens, before the background goes on.
      seenByPopup.push((await readCurrentAct(clock)).nudgeId);
    });
    await scrollFeed(T0, 1);
    await freshWorker().flow.answer('nudge-1', 'not-now');

    await scrollFeed(T0 + MIN, 2.5);

    expect(seenByPopup).toEqual(['nudge-2']);
  });

  it('takes the popup channel back when the popup cannot open', async () => {
    await updateSettings({ nudges: { offerInPopup: true } });
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no active window'));
    await scrollFeed(T0, 1);
    await freshWorker().flow.answer('nudge-1', 'not-now');

    await scrollFeed(T0 + MIN, 2.5);

    expect((await readActiveNudge())?.channel).not.toBe('popup');
  });

  it('shows the larger card instead when the popup cannot open', async () => {
    await updateSettings({ nudges: { offerInPopup: true } });
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no active window'));
    await scrollFeed(T0, 1);
    await freshWorker().flow.answer('nudge-1', 'not-now');

    await scrollFeed(T0 + MIN, 2.5);

    expect(shownCards().map(({ message }) => message.type === 'nudge/show' && message.data.level)).toEqual([1, 2]);
    expect(await readActiveNudge()).toMatchObject({ channel: 'card', record: { level: 2 } });
  });

  it('carries the tab of a summary from the router to the card', async () => {
    const own = { id: fakeBrowser.runtime.id, baseUrl: `chrome-extension://${fakeBrowser.runtime.id}/` };
    const background = createBackground({ nudges: deps(), detection: { now: () => clock, newId: () => 'ep-r' } });
    const route = createRouter(createHandlers(background), own);
    const sender = { id: own.id, url: 'https://www.reddit.com/', tab: { id: 42 } };

    for (const summary of feedScrolling({ start: T0, minutes: 1 })) {
      clock = summary.windowEnd + 30;
      await route({ type: 'scroll/summary', data: summary }, sender);
    }
    const reply = await route({ type: 'nudge/outcome', data: { nudgeId: 'nudge-1', outcome: 'dismissed' } }, sender);

    expect(shownCards().map(({ tabId }) => tabId)).toEqual([42]);
    expect(reply).toEqual({ ok: true, data: { recorded: true } });
  });
});
