import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { applyEntryEdit, EntryEditSchema, pastActRecord, PastActSchema } from '@/utils/domain/history/entry-edits';
import { aCheckin, anAct, ms } from '@/tests/unit/helpers/history-records';

const NOW = ms('2026-06-17T09:00:00Z');

describe('pastActRecord', () => {
  it('places an act added afterwards in the middle of its local day, a short day included', () => {
    const act = pastActRecord(
      { day: '2026-03-29', title: 'Called my aunt', category: 'connect', note: '' },
      'p1',
      'Europe/Berlin',
      NOW,
    );

    // 29 March 2026 lasts 23 hours in Berlin (23:00 UTC on the 28th to 22:00 UTC): its middle is 10:30 UTC.
    expect(act).toMatchObject({ id: 'p1', at: ms('2026-03-29T10:30:00Z'), startedAt: null, nudgeId: null });
  });

  it('places it at midday on an ordinary day', () => {
    const act = pastActRecord(
      { day: '2026-05-02', title: 'Helped', category: 'support', note: '' },
      'p',
      'Europe/Berlin',
      NOW,
    );

    expect(act?.at).toBe(ms('2026-05-02T10:00:00Z'));
  });

  it('places an act added this morning at now, not at a midday still to come', () => {
    const act = pastActRecord(
      { day: '2026-06-17', title: 'Held a door', category: 'community', note: '' },
      'p2',
      'UTC',
      NOW,
    );

    expect(act?.at).toBe(NOW);
  });

  it('refuses a day that has not begun', () => {
    expect(
      pastActRecord({ day: '2026-06-18', title: 'Later', category: 'give', note: '' }, 'p3', 'UTC', NOW),
    ).toBeNull();
  });
});

describe('entry edit messages', () => {
  it('accept a check-in’s mood and note, and refuse a mood off the scale or an extra field', () => {
    expect(v.safeParse(EntryEditSchema, { kind: 'checkin', id: 'c1', mood: 4, note: '' }).success).toBe(true);
    expect(v.safeParse(EntryEditSchema, { kind: 'checkin', id: 'c1', mood: 6, note: '' }).success).toBe(false);
    expect(v.safeParse(EntryEditSchema, { kind: 'act', id: 'a1', note: '', title: 'x' }).success).toBe(false);
  });

  it('refuse a past act without a real calendar day or a title', () => {
    const act = { day: '2026-02-30', title: 'Thanked a nurse', category: 'gratitude', note: '' };

    expect(v.safeParse(PastActSchema, act).success).toBe(false);
    expect(v.safeParse(PastActSchema, { ...act, day: '2026-02-28', title: '   ' }).success).toBe(false);
    expect(v.safeParse(PastActSchema, { ...act, day: '2026-02-28' }).success).toBe(true);
  });
});

describe('applyEntryEdit', () => {
  it('changes only the note of an act (whom it was for stays) and the mood and note of a check-in', () => {
    const act = anAct('a1', NOW, { note: 'old', personId: 'p-ana' });
    const checkin = aCheckin('c1', NOW, 2, { note: '' });

    expect(applyEntryEdit(act, { kind: 'act', id: 'a1', note: 'new' })).toEqual({ ...act, note: 'new' });
    expect(applyEntryEdit(checkin, { kind: 'checkin', id: 'c1', mood: 5, note: 'lighter' })).toEqual({
      ...checkin,
      mood: 5,
      note: 'lighter',
    });
  });
});
