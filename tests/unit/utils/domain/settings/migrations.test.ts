import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_MIGRATIONS } from '@/utils/domain/settings/migrations';
import { SETTINGS_VERSION } from '@/utils/domain/settings/schema';

describe('migrateSettings', () => {
  const chain = {
    1: (old: Record<string, unknown>) => ({ ...old, renamed: old.original }),
    2: (old: Record<string, unknown>) => ({ ...old, added: true }),
  };

  it('applies every step from the stored version up to the target, in order', () => {
    const result = migrateSettings({ version: 1, original: 'x' }, 3, chain);

    expect(result).toEqual({
      value: { version: 3, original: 'x', renamed: 'x', added: true },
      fromVersion: 1,
      toVersion: 3,
    });
  });

  it('starts from the stored version, skipping steps already applied', () => {
    const result = migrateSettings({ version: 2, original: 'x' }, 3, chain);

    expect(result.value).toEqual({ version: 3, original: 'x', added: true });
  });

  it('leaves an object from a newer version untouched', () => {
    const stored = { version: 7, something: 1 };

    const result = migrateSettings(stored, 3, chain);

    expect(result.value).toBe(stored);
    expect(result.toVersion).toBe(7);
  });

  it('has a step for every shipped version below the current one', () => {
    const versions = Array.from({ length: SETTINGS_VERSION - 1 }, (_unused, index) => index + 1);

    expect(Object.keys(SETTINGS_MIGRATIONS).map(Number)).toEqual(versions);
  });

  it('adds an empty giving plan when moving from version 1 to 2', () => {
    const result = migrateSettings({ version: 1, acts: { causes: [] } }, 2);

    expect(result.value).toEqual({
      version: 2,
      acts: { causes: [] },
      giving: { country: null, currency: null, usualAmount: 2, monthlyLimit: null },
    });
  });
});
