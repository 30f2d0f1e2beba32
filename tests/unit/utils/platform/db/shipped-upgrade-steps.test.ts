import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_VERSION } from '@/utils/platform/db/schema';

/*
 * Why: a browser that has run upgrade step N never runs it again, so editing a shipped step would
 * leave existing installs and new installs with different databases, silently. This test hashes
 * the source text of every `if (oldVersion < N) { … }` block in open-history-db.ts (runs of
 * whitespace collapsed to one space, so reformatting is not an edit) and compares each hash with
 * the one recorded below when that step shipped.
 *
 * Adding step N: append its block, bump HISTORY_DB_VERSION, run this test and record the hash it
 * reports for N. Never change a recorded hash: change behaviour in a new step instead. Helpers a
 * step calls (`fillRollups` for step 2) are not hashed; they say so where they are defined.
 */
const SHIPPED_STEP_HASHES: Record<number, string> = {
  1: '541be2fb293737f67592c6645bad02ae7b581f2851da572a5c48df27455edf53',
  2: '00ab884f8f5fa6ae743e65fc73c821f851a236c02ecc2df042a56476cb33219f',
};

// Tests run from the repository root.
const SOURCE = readFileSync(resolve('utils/platform/db/open-history-db.ts'), 'utf8');

/** Each `if (oldVersion < N) { … }` block of the source, by N, braces matched. */
function upgradeSteps(source: string): Map<number, string> {
  const steps = new Map<number, string>();
  for (const match of source.matchAll(/if \(oldVersion < (\d+)\) \{/g)) {
    let depth = 0;
    let end = match.index;
    for (; end < source.length; end += 1) {
      if (source[end] === '{') depth += 1;
      else if (source[end] === '}' && --depth === 0) break;
    }
    steps.set(Number(match[1]), source.slice(match.index, end + 1));
  }
  return steps;
}

const hashOf = (block: string) => createHash('sha256').update(block.replace(/\s+/g, ' ')).digest('hex');

describe('shipped upgrade steps', () => {
  const steps = upgradeSteps(SOURCE);

  it('has one step for each version from 1 to the current one, in order', () => {
    expect([...steps.keys()]).toEqual(Array.from({ length: HISTORY_DB_VERSION }, (_, i) => i + 1));
  });

  it.each(Object.entries(SHIPPED_STEP_HASHES))('has not edited step %s since it shipped', (version, hash) => {
    const block = steps.get(Number(version));

    expect(block, `no step ${version} in open-history-db.ts`).toBeDefined();
    expect(hashOf(block ?? '')).toBe(hash);
  });

  it('has a recorded hash for every step', () => {
    expect(Object.keys(SHIPPED_STEP_HASHES).map(Number)).toEqual([...steps.keys()]);
  });
});
