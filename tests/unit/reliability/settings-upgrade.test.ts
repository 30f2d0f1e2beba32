import { describe, expect, it } from 'vitest';
import { repairSettings } from '@/utils/domain/settings/repair';
import shipped from '@/tests/fixtures/settings/v1-shipped.json';

/**
 * Settings exactly as the first version stored them (a frozen fixture: never edit it). Whatever
 * later versions add, reading this object must keep every value the person chose.
 */
describe('settings written by version 1', () => {
  it('are read back with every chosen value kept', () => {
    const { settings } = repairSettings(structuredClone(shipped));

    expect(settings.watchedSites).toEqual(shipped.watchedSites);
    expect(settings.detection).toEqual(shipped.detection);
    expect(settings.acts).toEqual(shipped.acts);
    expect(settings.nudges).toMatchObject(shipped.nudges);
  });

  it('report as repaired only fields that version 1 did not have', () => {
    const { repaired } = repairSettings(structuredClone(shipped));

    const knownInV1 = (path: string) => {
      const [section, field] = path.split('.') as [string, string | undefined];
      const stored = (shipped as unknown as Record<string, Record<string, unknown>>)[section];
      return field === undefined ? stored !== undefined : stored !== undefined && field in stored;
    };
    expect(repaired.filter(knownInV1)).toEqual([]);
  });
});
