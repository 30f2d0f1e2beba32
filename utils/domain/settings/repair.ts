import * as v from 'valibot';
import { createDefaultSettings } from './defaults';
import { migrateSettings, type SettingsMigration, SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, SettingsSchema, UNIQUE_ITEM_KEYS, type Settings } from './schema';

/** Settings as read back from storage, with the dotted paths that had to fall back to defaults. */
export interface RepairedSettings {
  settings: Settings;
  /** Paths such as `nudges.dailyCap` or `watchedSites[3]`; empty when the stored object was valid. */
  repaired: string[];
  /** True when nothing was stored yet (first run): defaults, nothing to report. */
  fresh: boolean;
}

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  item?: AnySchema;
  pipe?: ReadonlyArray<{ type: string; requirement?: unknown }>;
};

/** Stand-ins tried, in order, for a broken field of a list item: the item keeps its other fields. */
const ITEM_FIELD_STAND_INS = [null, ''] as const;

/**
 * Turns whatever is in storage into valid settings. Migrates old versions, then checks every field
 * on its own: a broken field falls back to its default and is reported; valid fields are kept, and
 * valid items of a list survive beside broken ones. Inside a list item, a broken field that can be
 * empty (a person's `reach`) is emptied and the item kept; an item whose id or name is broken goes.
 * A list with repeated ids (hosts) keeps the first of each; a list longer than its maximum keeps
 * its first items. Never throws.
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
    const uniqueKey = (UNIQUE_ITEM_KEYS as Record<string, string>)[path];
    const max = maxLengthOf(schema);
    const seen = new Set<unknown>();
    const kept: unknown[] = [];
    value.forEach((item, index) => {
      const at = `${path}[${index}]`;
      const repairedItem = repairItem(schema.item as AnySchema, item, at, report);
      if (repairedItem === undefined) return void report.push(at);
      const key = uniqueKey === undefined ? undefined : (repairedItem as Record<string, unknown>)[uniqueKey];
      if (key !== undefined && seen.has(key)) return void report.push(at);
      if (kept.length >= max) return void report.push(at);
      if (key !== undefined) seen.add(key);
      kept.push(repairedItem);
    });
    const again = v.safeParse(schema, kept);
    if (again.success) return again.output;
  }
  report.push(path);
  return structuredClone(fallback);
}

/** One list item, valid as it is or with its broken fields emptied (reported); undefined when it cannot be kept. */
function repairItem(schema: AnySchema, item: unknown, path: string, report: string[]): unknown {
  const whole = v.safeParse(schema, item);
  if (whole.success) return whole.output;
  if (schema.type !== 'object' || !schema.entries || !isPlainObject(item)) return undefined;
  const out: Record<string, unknown> = {};
  const emptied: string[] = [];
  for (const [key, entry] of Object.entries(schema.entries)) {
    const field = v.safeParse(entry, Object.hasOwn(item, key) ? item[key] : undefined);
    if (field.success) {
      out[key] = field.output;
      continue;
    }
    const standIn = ITEM_FIELD_STAND_INS.find((candidate) => v.safeParse(entry, candidate).success);
    if (standIn === undefined) return undefined;
    out[key] = standIn;
    emptied.push(`${path}.${key}`);
  }
  const again = v.safeParse(schema, out);
  if (!again.success) return undefined;
  report.push(...emptied);
  return again.output;
}

/** The `maxLength` a list's schema allows (no limit when it sets none). */
function maxLengthOf(schema: AnySchema): number {
  const action = schema.pipe?.find((step) => step.type === 'max_length');
  return typeof action?.requirement === 'number' ? action.requirement : Number.POSITIVE_INFINITY;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
