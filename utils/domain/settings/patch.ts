import * as v from 'valibot';
import { SettingsSchema, type Settings } from './schema';

/** A deep partial of the settings: objects merge key by key, arrays and values replace. */
export type SettingsPatch = { [K in keyof Settings]?: DeepPartial<Settings[K]> };
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type PatchResult = { ok: true; settings: Settings } | { ok: false; problems: string[] };

/**
 * Applies a patch to the current settings and validates the result as a whole. Only keys that the
 * current settings already have are merged, so unknown keys (and `__proto__` or `constructor`)
 * can never reach the stored object.
 */
export function applySettingsPatch(current: Settings, patch: unknown): PatchResult {
  if (!isRecord(patch)) return { ok: false, problems: ['the change must be an object'] };
  const merged = mergeKnownKeys(current, patch);
  const parsed = v.safeParse(SettingsSchema, merged);
  if (parsed.success) return { ok: true, settings: parsed.output };
  return {
    ok: false,
    problems: parsed.issues.map((issue) => `${v.getDotPath(issue) ?? '(settings)'}: ${issue.message}`),
  };
}

function mergeKnownKeys(base: unknown, patch: Record<string, unknown>): unknown {
  if (!isRecord(base)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base)) {
    if (!Object.hasOwn(patch, key)) continue;
    const next = patch[key];
    out[key] = isRecord(base[key]) && isRecord(next) ? mergeKnownKeys(base[key], next) : next;
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
