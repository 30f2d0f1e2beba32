import * as v from 'valibot';
import { createDefaultSettings } from './defaults';
import { migrateSettings, type SettingsMigration, SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

/** Settings as read back from storage, with the dotted paths that had to fall back to defaults. */
export interface RepairedSettings {
  settings: Settings;
  /** Paths such as `nudges.dailyCap` or `watchedSites[3]`; empty when the stored object was valid. */
  repaired: string[];
  /** True when nothing was stored yet (first run): defaults, nothing to report. */
  fresh: boolean;
}

type AnySchema = v.GenericSchema & { type: string; entries?: Record<string, AnySchema>; item?: AnySchema };

/**
 * Turns whatever is in storage into valid settings. Migrates old versions, then checks every field
 * on its own: a broken field falls back to its default and is reported; valid fields are kept, and
 * valid items of a list survive beside broken ones. Never throws.
 */
export function repairSettings(
  stored: unknown,
  migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
): RepairedSettings {
  const defaults = createDefaultSettings();
  if (stored === undefined || stored === null) return { settings: defaults, repaired: [], fresh: true };
  if (!isPlainObject(stored)) return { settings: defaults, repaired: ['(whole object)'], fresh: false };

  const { value } = migrateSettings(stored, SETTINGS_VERSION, migrations);
  const repaired: string[] = [];
  const settings = repairValue(SettingsSchema as unknown as AnySchema, defaults, value, '', repaired) as Settings;
  return { settings, repaired, fresh: false };
}

function repairValue(schema: AnySchema, fallback: unknown, value: unknown, path: string, report: string[]): unknown {
  if (schema.type === 'object' && schema.entries) {
    if (!isPlainObject(value)) {
      report.push(path || '(whole object)');
      return structuredClone(fallback);
    }
    const out: Record<string, unknown> = {};
    const fallbackRecord = fallback as Record<string, unknown>;
    for (const [key, entry] of Object.entries(schema.entries)) {
      const child = Object.hasOwn(value, key) ? value[key] : undefined;
      out[key] = repairValue(entry, fallbackRecord[key], child, path ? `${path}.${key}` : key, report);
    }
    return out;
  }
  const whole = v.safeParse(schema, value);
  if (whole.success) return whole.output;
  if (schema.type === 'array' && schema.item && Array.isArray(value)) {
    const kept: unknown[] = [];
    value.forEach((item, index) => {
      const parsed = v.safeParse(schema.item as AnySchema, item);
      if (parsed.success) kept.push(parsed.output);
      else report.push(`${path}[${index}]`);
    });
    const again = v.safeParse(schema, kept);
    if (again.success) return again.output;
  }
  report.push(path);
  return structuredClone(fallback);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
