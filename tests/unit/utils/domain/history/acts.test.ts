import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { startPendingAct } from '@/utils/domain/acts/pending';
import { doneActRecord } from '@/utils/domain/history/acts';
import { ActRecordSchema } from '@/utils/domain/history/records';
import { aResolvedAct } from '@/tests/unit/helpers/acts';

const STARTED = Date.UTC(2026, 5, 1, 9, 0);
const DONE = Date.UTC(2026, 5, 1, 9, 4);
const pendingFor = (personId?: string) =>
  startPendingAct(aResolvedAct(personId === undefined ? {} : { personId }), 'nudge-1', STARTED, 'act-9');

describe('doneActRecord', () => {
  it('copies which of the person’s people the act was for into a record that reads back as valid', () => {
    const record = doneActRecord(pendingFor('p-ana'), 'she called back', DONE);

    expect(record).toMatchObject({ id: 'act-9', at: DONE, startedAt: STARTED, personId: 'p-ana' });
    expect(v.parse(ActRecordSchema, record)).toEqual(record);
  });

  it('names no one for an act that was for no one', () => {
    expect(doneActRecord(pendingFor(), '', DONE)).not.toHaveProperty('personId');
  });

  it('leaves out a person id that is not an id, so the record can still be exported and imported', () => {
    const record = doneActRecord(pendingFor('Ana García'), '', DONE);

    expect(record).not.toHaveProperty('personId');
    expect(v.safeParse(ActRecordSchema, record).success).toBe(true);
  });
});

describe('ActRecordSchema', () => {
  it('still reads a record written before acts kept whom they were for', () => {
    const old = {
      id: 'act-1',
      at: DONE,
      startedAt: null,
      actId: 'thinking-of-you',
      title: 'Text Sam',
      category: 'connect',
      note: '',
      nudgeId: null,
    };

    expect(v.parse(ActRecordSchema, old)).toEqual(old);
  });
});
