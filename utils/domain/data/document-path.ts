import { runSteps, STEP_RECORDS, type Steps } from '../steps';

/** Keys that could reach or replace an object's prototype when a parsed file is copied or merged. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Appends a key or index to a path in the style people read: `history.acts[3].mood`. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

/** Builds a path from its steps, e.g. `['history', 'acts', 3, 'mood']`. */
export function formatPath(steps: ReadonlyArray<string | number>): string {
  return steps.reduce<string>((path, step) => joinPath(path, step), '');
}

interface Visit {
  value: object;
  parent: Visit | null;
  key: string | number;
}

/**
 * Finds the first unsafe key anywhere in a parsed JSON value, or null. Iterative, so a deeply
 * nested file cannot overflow the stack; paths are built only for the key it reports.
 */
export function findUnsafeKey(root: unknown): { key: string; path: string } | null {
  return runSteps(findUnsafeKeySteps(root));
}

/** `findUnsafeKey` as stepped work: it yields every few thousand keys (see utils/domain/steps.ts). */
export function* findUnsafeKeySteps(root: unknown): Steps<{ key: string; path: string } | null> {
  if (typeof root !== 'object' || root === null) return null;
  const stack: Visit[] = [{ value: root, parent: null, key: '' }];
  let seen = 0;
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const value = visit.value;
    const keys: Array<string | number> = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
    for (const key of keys) {
      if (typeof key === 'string' && UNSAFE_KEYS.has(key))
        return { key, path: pathOf({ value: {}, parent: visit, key }) };
      const child: unknown = (value as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: visit, key });
      if (++seen % KEYS_PER_STEP === 0) yield;
    }
  }
  return null;
}

/** Keys looked at between two yields: about as long as `STEP_RECORDS` records take to check. */
const KEYS_PER_STEP = STEP_RECORDS * 10;

function pathOf(visit: Visit): string {
  const steps: Array<string | number> = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) steps.unshift(at.key);
  return formatPath(steps);
}
