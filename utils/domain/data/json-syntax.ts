/** Where JSON text first goes wrong: 1-based line and column, and whether the text simply stopped. */
export interface JsonErrorLocation {
  line: number;
  column: number;
  /** True when the text ended while a value was still open (a truncated file). */
  atEnd: boolean;
}

/**
 * Finds the first syntax error in JSON text (RFC 8259), or null when the text is valid. Used only
 * after `JSON.parse` failed: engines word (and sometimes omit) positions differently, this does not.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const offset = findErrorOffset(text);
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return {
    line: (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1,
    column: offset - lineStart + 1,
    atEnd: offset >= text.length,
  };
}

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'after-value';

function findErrorOffset(text: string): number | null {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let expect: Expect = 'value';
  const skipSpace = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  for (;;) {
    skipSpace();
    if (expect === 'after-value') {
      const open = stack[stack.length - 1];
      if (open === undefined) return i < n ? i : null;
      const ch = text[i];
      if (ch === ',') expect = open === '{' ? 'key' : 'value';
      else if (ch === (open === '{' ? '}' : ']')) stack.pop();
      else return i;
      i++;
      continue;
    }
    if (i >= n) return i;
    const ch = text[i];
    if ((expect === 'value-or-close' && ch === ']') || (expect === 'key-or-close' && ch === '}')) {
      stack.pop();
      i++;
      expect = 'after-value';
      continue;
    }
    if (expect === 'key' || expect === 'key-or-close') {
      if (ch !== '"') return i;
      i = scanString(text, i);
      if (i < 0) return -i - 1;
      skipSpace();
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      expect = ch === '{' ? 'key-or-close' : 'value-or-close';
      continue;
    }
    i = scanScalar(text, i);
    if (i < 0) return -i - 1;
    expect = 'after-value';
  }
}

/** Scanners return the offset after the token, or `-(offset of the error) - 1`. */
function scanScalar(text: string, start: number): number {
  const ch = text[start];
  if (ch === '"') return scanString(text, start);
  if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber(text, start);
  for (const word of ['true', 'false', 'null']) {
    if (ch === word[0]) return scanWord(text, start, word);
  }
  return -start - 1;
}

function scanWord(text: string, start: number, word: string): number {
  for (let k = 0; k < word.length; k++) {
    if (text[start + k] !== word[k]) return -(start + k) - 1;
  }
  return start + word.length;
}

function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -i - 1;
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) return -(i + 1) - 1;
      if (next === 'u') {
        for (let k = 2; k < 6; k++) {
          const hex = text[i + k];
          if (hex === undefined) return -(i + k) - 1;
          if (!/[0-9a-fA-F]/.test(hex)) return -(i + k) - 1;
        }
        i += 6;
        continue;
      }
      if (!'"\\/bfnrt'.includes(next)) return -(i + 1) - 1;
      i += 2;
      continue;
    }
    i++;
  }
  return -i - 1;
}

function scanNumber(text: string, start: number): number {
  let i = start;
  const digits = () => {
    const from = i;
    while (i < text.length && text[i]! >= '0' && text[i]! <= '9') i++;
    return i > from;
  };
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (!digits()) return -i - 1;
  if (text[i] === '.') {
    i++;
    if (!digits()) return -i - 1;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!digits()) return -i - 1;
  }
  return i;
}
