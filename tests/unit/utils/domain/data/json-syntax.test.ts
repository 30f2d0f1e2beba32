import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonError } from '@/utils/domain/data/json-syntax';

describe('locateJsonError', () => {
  it.each([['{}'], ['[1, -2.5e+3, "a\\u00e9\\n", true, false, null, {"k": []}]'], [' \r\n\t0 '], ['"\ud83d\ude42"']])(
    'finds nothing wrong in %j',
    (text) => {
      expect(locateJsonError(text)).toBeNull();
    },
  );

  it.each([
    ['{"a": x}', 1, 7, false],
    ['{"a": 1,\n  }', 2, 3, false],
    ['[1 2]', 1, 4, false],
    ['{} x', 1, 4, false],
    ["{'a': 1}", 1, 2, false],
    ['[01]', 1, 3, false],
    ['["tab\there"]', 1, 6, false],
    ['["\\x"]', 1, 4, false],
    ['[1.]', 1, 4, false],
    ['[tru]', 1, 5, false],
    ['{"a":\r\n  "b"\r\n  "c"}', 3, 3, false],
  ])('points at the first error in %j (line %i, column %i)', (text, line, column, atEnd) => {
    expect(locateJsonError(text)).toEqual({ line, column, atEnd });
  });

  it.each([['{"a":'], ['[1, 2'], ['{"a": "unfinished'], ['[tr'], ['{"a": 1,\n "b"'], ['-'], ['"\\u00']])(
    'says %j ends too early',
    (text) => {
      expect(locateJsonError(text)).toMatchObject({ atEnd: true });
    },
  );

  it('agrees with JSON.parse on which texts are valid', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.string(),
      fc.json().chain((json) => fc.nat({ max: json.length }).map((cut) => json.slice(0, cut))),
      fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([json, at, junk]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + junk + json.slice(i);
      }),
    );

    fc.assert(
      fc.property(texts, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports any cut-off prefix of valid JSON as ending too early, never as damaged', () => {
    fc.assert(
      fc.property(
        fc.json().chain((json) => fc.nat({ max: json.length }).map((cut) => json.slice(0, cut))),
        (prefix) => {
          const found = locateJsonError(prefix);
          expect(found === null || found.atEnd).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('handles very deep nesting without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);

    expect(locateJsonError(deep)).toMatchObject({ atEnd: true });
  });
});
