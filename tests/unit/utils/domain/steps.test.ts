import { describe, expect, it } from 'vitest';
import { runSteps, type Steps } from '@/utils/domain/steps';

describe('runSteps', () => {
  it('runs stepped work straight to its result', () => {
    function* count(): Steps<string> {
      yield;
      yield;
      return 'three steps';
    }

    expect(runSteps(count())).toBe('three steps');
  });
});
