import { describe, expect, it } from 'vitest';
import {
  EMPTY_OUTBOX,
  finaliseQueuedEpisodes,
  parseOutbox,
  queueWrite,
  settleWrites,
  type Outbox,
} from '@/utils/domain/history/pending-writes';
import type { HistoryEvent } from '@/utils/domain/stats/rollup';
import { aCheckin, aNudge, anAct, anEpisode, ms } from '@/tests/unit/helpers/history-records';

const T = ms('2025-03-04T10:00:00Z');
const episode = (id: string, doomMs: number, open = true): HistoryEvent => ({
  store: 'episodes',
  record: anEpisode(id, T, open ? { endedAt: null, endReason: null, doomMs } : { doomMs }),
});
const nudge = (id: string): HistoryEvent => ({ store: 'nudges', record: aNudge(id, T) });

describe('queueWrite', () => {
  it('adds a failed write at the end', () => {
    const outbox = queueWrite(queueWrite(EMPTY_OUTBOX, nudge('n1')), nudge('n2'));

    expect(outbox).toEqual({ writes: [nudge('n1'), nudge('n2')], dropped: 0 });
  });

  it('keeps only the newest version of a record written again', () => {
    const outbox = [episode('e1', 1_000), nudge('n1'), episode('e1', 2_000)].reduce(
      (box: Outbox, write) => queueWrite(box, write),
      EMPTY_OUTBOX,
    );

    expect(outbox.writes).toEqual([nudge('n1'), episode('e1', 2_000)]);
  });

  it('tells records of different stores apart though their ids match', () => {
    const act: HistoryEvent = { store: 'acts', record: anAct('x', T) };
    const checkin: HistoryEvent = { store: 'checkins', record: aCheckin('x', T, 3) };

    expect(queueWrite(queueWrite(EMPTY_OUTBOX, act), checkin).writes).toEqual([act, checkin]);
  });

  it('lets the oldest writes go past the limit and counts them', () => {
    const outbox = ['n1', 'n2', 'n3', 'n4'].reduce((box: Outbox, id) => queueWrite(box, nudge(id), 3), EMPTY_OUTBOX);

    expect(outbox).toEqual({ writes: [nudge('n2'), nudge('n3'), nudge('n4')], dropped: 1 });
  });
});

describe('settleWrites', () => {
  it('keeps the writes after those that were saved', () => {
    const outbox: Outbox = { writes: [nudge('n1'), nudge('n2'), nudge('n3')], dropped: 2 };

    expect(settleWrites(outbox, 1)).toEqual({ writes: [nudge('n2'), nudge('n3')], dropped: 2 });
  });

  it('forgets the dropped count once nothing waits', () => {
    expect(settleWrites({ writes: [nudge('n1')], dropped: 4 }, 1)).toEqual({ writes: [], dropped: 0 });
  });
});

describe('finaliseQueuedEpisodes', () => {
  it('ends open episodes at their last activity with the reason restart, but not the one still open', () => {
    const outbox: Outbox = { writes: [episode('lost', 5_000), episode('open', 6_000), nudge('n1')], dropped: 0 };

    const { writes } = finaliseQueuedEpisodes(outbox, 'open');

    const lost = writes[0]!.record as ReturnType<typeof anEpisode>;
    expect(lost).toMatchObject({ id: 'lost', endedAt: lost.lastActivityAt, endReason: 'restart', doomMs: 5_000 });
    expect(writes.slice(1)).toEqual([episode('open', 6_000), nudge('n1')]);
  });

  it('leaves episodes that already ended as they are', () => {
    const ended = episode('done', 5_000, false);

    expect(finaliseQueuedEpisodes({ writes: [ended], dropped: 0 }, null).writes).toEqual([ended]);
  });
});

describe('parseOutbox', () => {
  it('reads nothing stored as an empty outbox', () => {
    expect(parseOutbox(undefined)).toEqual({ outbox: { writes: [], dropped: 0 }, broken: 0 });
  });

  it('reads back what was stored', () => {
    const stored = JSON.parse(JSON.stringify({ writes: [episode('e1', 1_000), nudge('n1')], dropped: 1 }));

    expect(parseOutbox(stored)).toEqual({ outbox: stored, broken: 0 });
  });

  it.each([
    ['an unknown store', { store: 'settings', record: { id: 'x' } }],
    ['a record that breaks its schema', { store: 'nudges', record: { ...aNudge('n2', T), level: 9 } }],
    ['a polluted key', JSON.parse('{"store":"nudges","record":{"__proto__":{"polluted":true}}}')],
  ])('leaves out %s and counts it as dropped', (_name, bad) => {
    const { outbox, broken } = parseOutbox({ writes: [nudge('n1'), bad], dropped: 0 });

    expect(outbox).toEqual({ writes: [nudge('n1')], dropped: 1 });
    expect(broken).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a broken outbox as empty and says so', () => {
    expect(parseOutbox('not an outbox')).toEqual({ outbox: { writes: [], dropped: 0 }, broken: 1 });
  });
});
