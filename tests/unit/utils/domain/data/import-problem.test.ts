import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { importProblem, importProblemMessage, type ImportProblem } from '@/utils/domain/data/import-problem';

const examples: ImportProblem[] = [
  importProblem('empty', {}),
  importProblem('file-too-large', { sizeMb: 250, limitMb: 200 }),
  importProblem('not-json', { line: 12, column: 7 }),
  importProblem('not-json', { line: null, column: null }),
  importProblem('truncated', { line: 4012, column: 33 }),
  importProblem('not-outward', {}),
  importProblem('newer-version', { found: 2, supported: 1 }, 'formatVersion'),
  importProblem('unsafe-key', { key: '__proto__' }, 'history.acts[0].__proto__'),
  importProblem('too-many-records', { count: 2_500_000, limit: 2_000_000 }),
  importProblem('invalid-value', { expected: 'number', received: '"happy"' }, 'history.checkins[3].mood'),
  importProblem('duplicate-id', { store: 'acts', id: 'a-1' }, 'history.acts[5].id'),
  importProblem('interrupted', {}),
  importProblem('history-unavailable', { reason: 'InvalidStateError' }),
  importProblem('write-failed', { reason: 'QuotaExceededError' }),
];

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

describe('importProblemMessage', () => {
  it.each(examples.map((problem) => [problem.code, problem] as const))(
    'gives %s a message key with one substitution per placeholder',
    (_code, problem) => {
      const { key, substitutions } = importProblemMessage(problem);
      const entry = (messages as Record<string, Entry>)[key];

      expect(entry).toBeDefined();
      expect(substitutions).toHaveLength(Object.keys(entry?.placeholders ?? {}).length);
      expect(substitutions.every((s) => s.length > 0)).toBe(true);
    },
  );

  it('fills the path and values into the wrong-value message in order', () => {
    const problem = importProblem('invalid-value', { expected: 'number', received: '"happy"' }, 'history.acts[3].mood');

    expect(importProblemMessage(problem)).toEqual({
      key: 'importErrorInvalidValue',
      substitutions: ['history.acts[3].mood', 'number', '"happy"'],
    });
  });

  it('writes a question mark where the position of a JSON error is unknown', () => {
    expect(importProblemMessage(importProblem('not-json', { line: null, column: null })).substitutions).toEqual([
      '?',
      '?',
    ]);
  });
});

describe('importProblem', () => {
  it('says in English what is wrong, for logs', () => {
    expect(importProblem('newer-version', { found: 2, supported: 1 }, 'formatVersion').message).toBe(
      'made by a newer version of Outward (formatVersion 2; this version reads up to 1); update first',
    );
    expect(importProblem('not-outward', {}).message).toBe('this is not an Outward export');
  });

  it('leaves out the path when there is none', () => {
    expect(importProblem('empty', {})).not.toHaveProperty('path');
  });
});
