/**
 * Settings migrations, one pure step per shipped version: `MIGRATIONS[n]` turns a version-n object
 * into a version-(n+1) object. Shipped steps are never edited; a new version appends a step.
 * Each step may assume only the shape that version shipped with, and the result is repaired
 * against the current schema afterwards, so a step never needs to validate.
 */
export type SettingsMigration = (old: Record<string, unknown>) => Record<string, unknown>;

// ---- Shipped steps: do not edit. ----
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = Object.freeze({
  /** 1 → 2: the giving plan, empty (country and currency follow the browser until chosen). */
  1: (old) => ({ ...old, giving: { country: null, currency: null, usualAmount: 2, monthlyLimit: null } }),
});

/** Result of running the chain: the object at `toVersion`, and the version it started at. */
export interface MigrationResult {
  value: Record<string, unknown>;
  fromVersion: number;
  toVersion: number;
}

/**
 * Brings a stored settings object up to `targetVersion`. Objects from a newer version are left as
 * they are (the repair step keeps every field the current schema understands).
 */
export function migrateSettings(
  stored: Record<string, unknown>,
  targetVersion: number,
  migrations: Readonly<Record<number, SettingsMigration>> = SETTINGS_MIGRATIONS,
): MigrationResult {
  const declared = stored.version;
  const fromVersion = typeof declared === 'number' && Number.isInteger(declared) && declared >= 1 ? declared : 1;
  let value = stored;
  let version = fromVersion;
  while (version < targetVersion) {
    const step = migrations[version];
    if (!step) break;
    value = { ...step(value), version: version + 1 };
    version += 1;
  }
  return { value, fromVersion, toVersion: version };
}
