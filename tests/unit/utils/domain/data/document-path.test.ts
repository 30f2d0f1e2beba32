import { describe, expect, it } from 'vitest';
import { findUnsafeKey, formatPath } from '@/utils/domain/data/document-path';

describe('formatPath', () => {
  it.each([
    [['history', 'acts', 3, 'mood'], 'history.acts[3].mood'],
    [['settings'], 'settings'],
    [[0, 'id'], '[0].id'],
    [['a b', 'c'], '["a b"].c'],
    [[], ''],
  ])('writes %j as %s', (steps, path) => {
    expect(formatPath(steps)).toBe(path);
  });
});

describe('findUnsafeKey', () => {
  it.each([
    ['{"__proto__": {"x": 1}}', '__proto__', '__proto__'],
    ['{"a": [{"b": 1}, {"constructor": {}}]}', 'constructor', 'a[1].constructor'],
    ['[[{"prototype": 0}]]', 'prototype', '[0][0].prototype'],
  ])('finds the unsafe key in %s', (json, key, path) => {
    expect(findUnsafeKey(JSON.parse(json))).toEqual({ key, path });
  });

  it.each([['{"note": "__proto__"}'], ['{"a": {"b": ["constructor"]}}'], ['42'], ['null']])(
    'finds nothing in %s, where the words are only values',
    (json) => {
      expect(findUnsafeKey(JSON.parse(json))).toBeNull();
    },
  );

  it('walks very deep nesting without overflowing the stack', () => {
    const deep = JSON.parse('{"a":'.repeat(50_000) + '{"__proto__":1}' + '}'.repeat(50_000));

    expect(findUnsafeKey(deep)?.key).toBe('__proto__');
  });
});
