import { describe, expect, it } from 'vitest';
import { localClockForZone } from '@/utils/domain/nudges/local-clock';
import { createNudgeSession } from '@/utils/domain/nudges/session';
import { stepNudge, type NudgeContext } from '@/utils/domain/nudges/step';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { aResolvedAct } from '@/tests/unit/helpers/acts';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const act = aResolvedAct();
const question = { episode: { id: 'ep-1', doomMinutes: 20 }, thresholdMinutes: 15, site: 'reddit.com' };

function context(change: (settings: ReturnType<typeof createDefaultSettings>) => void = () => undefined): NudgeContext {
  const settings = createDefaultSettings();
  change(settings);
  return { now: T0, clock: localClockForZone('UTC'), settings };
}

function showing(ctx = context()) {
  return stepNudge(
    createNudgeSession(),
    { type: 'act-picked', question, level: 1, tabId: 7, act, nudgeId: 'nudge-1' },
    ctx,
  );
}

describe('stepNudge', () => {
  it('asks for an act once a fold from a watched site crosses the threshold', () => {
    const { effects } = stepNudge(createNudgeSession(), { type: 'folded', ended: [], question, tabId: 7 }, context());

    expect(effects).toEqual([{ type: 'pick-act', question, level: 1, tabId: 7 }]);
  });

  it('shows a picked act as a card in its tab, records it and notes the level on the episode', () => {
    const { session, effects } = showing();

    expect(session.active).toMatchObject({ record: { id: 'nudge-1', outcome: 'shown' }, tabId: 7, channel: 'badge' });
    expect(effects.map((e) => e.type)).toEqual(['mark-episode', 'save-record', 'deliver']);
    expect(effects).toContainEqual(expect.objectContaining({ type: 'deliver', via: 'card' }));
  });

  it('offers a level-2 nudge in the popup when the person asked for that', () => {
    const ctx = context((s) => (s.nudges.offerInPopup = true));

    const { session, effects } = stepNudge(
      createNudgeSession(),
      { type: 'act-picked', question, level: 2, tabId: 7, act, nudgeId: 'nudge-2' },
      ctx,
    );

    expect(session.active?.channel).toBe('popup');
    expect(effects).toContainEqual(expect.objectContaining({ type: 'deliver', via: 'popup' }));
  });

  it('expires a waiting nudge when its episode ends, taking its card away', () => {
    const shown = showing().session;
    const delivered = stepNudge(
      shown,
      { type: 'delivered', nudgeId: 'nudge-1', channel: 'card', tabId: 7 },
      context(),
    ).session;

    const { session, effects } = stepNudge(
      delivered,
      { type: 'folded', ended: ['ep-1'], question: null, tabId: null },
      context(),
    );

    expect(session.active).toBeNull();
    expect(effects).toEqual([
      { type: 'save-record', record: expect.objectContaining({ id: 'nudge-1', outcome: 'expired', outcomeAt: T0 }) },
      { type: 'hide-card', tabId: 7, nudgeId: 'nudge-1' },
      { type: 'clear-notification', nudgeId: 'nudge-1' },
    ]);
  });

  it('starts the act under the record id it is given when the card is accepted', () => {
    const event = {
      type: 'answered',
      nudgeId: 'nudge-1',
      outcome: 'accepted',
      doomMinutes: 20,
      actRecordId: 'act-9',
    } as const;

    const { session, effects } = stepNudge(showing().session, event, context());

    expect(session.active).toBeNull();
    expect(effects[0]).toEqual({
      type: 'start-act',
      pending: { act, nudgeId: 'nudge-1', startedAt: T0, recordId: 'act-9' },
    });
  });

  it('ignores an answer to a nudge that no longer waits', () => {
    const session = showing().session;
    const event = {
      type: 'answered',
      nudgeId: 'nudge-0',
      outcome: 'dismissed',
      doomMinutes: 20,
      actRecordId: '',
    } as const;

    expect(stepNudge(session, event, context())).toEqual({ session, effects: [] });
  });
});
