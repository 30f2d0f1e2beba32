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
  if (typeof root !== 'object' || root === null) return null;
  const stack: Visit[] = [{ value: root, parent: null, key: '' }];
  for (let visit = stack.pop(); visit; visit = stack.pop()) {
    const entries: Array<[string | number, unknown]> = Array.isArray(visit.value)
      ? visit.value.map((item: unknown, index) => [index, item])
      : Object.entries(visit.value);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && UNSAFE_KEYS.has(key))
        return { key, path: pathOf({ value: {}, parent: visit, key }) };
      if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: visit, key });
    }
  }
  return null;
}

function pathOf(visit: Visit): string {
  const steps: Array<string | number> = [];
  for (let at: Visit | null = visit; at?.parent; at = at.parent) steps.unshift(at.key);
  return formatPath(steps);
}
