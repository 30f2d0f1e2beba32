import { describe, expect, it } from 'vitest';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { applySettingsPatch } from '@/utils/domain/settings/patch';

describe('applySettingsPatch', () => {
  it('changes only the fields named in the patch', () => {
    const current = createDefaultSettings();

    const result = applySettingsPatch(current, { nudges: { dailyCap: 5 } });

    expect(result.ok && result.settings.nudges).toEqual({ ...current.nudges, dailyCap: 5 });
    expect(result.ok && result.settings.detection).toEqual(current.detection);
  });

  it('replaces lists whole', () => {
    const current = createDefaultSettings();

    const result = applySettingsPatch(current, {
      watchedSites: [{ host: 'example.org', enabled: true, minutesBeforeNudge: null }],
    });

    expect(result.ok && result.settings.watchedSites).toHaveLength(1);
  });

  it('refuses a patch that would make the settings invalid, naming the field', () => {
    const result = applySettingsPatch(createDefaultSettings(), { detection: { minutesBeforeNudge: 0 } });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^detection\.minutesBeforeNudge: /);
  });

  it('ignores unknown and prototype-pollution keys', () => {
    const patch = JSON.parse(
      '{"__proto__":{"polluted":1},"nudges":{"constructor":{"x":1},"badge":false},"bogus":1}',
    ) as unknown;

    const result = applySettingsPatch(createDefaultSettings(), patch);

    expect(result.ok && result.settings.nudges.badge).toBe(false);
    expect(result.ok && Object.keys(result.settings)).not.toContain('bogus');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([[null], ['text'], [[1, 2]], [5]])('refuses a patch that is not an object (%j)', (patch) => {
    expect(applySettingsPatch(createDefaultSettings(), patch)).toEqual({
      ok: false,
      problems: ['the change must be an object'],
    });
  });
});

describe('applySettingsPatch and repeated ids', () => {
  it('refuses two people with one id, two causes with one id, or one host watched twice', () => {
    const current = createDefaultSettings();
    const person = { id: 'p1', name: 'Ana', reach: null };
    const cause = { id: 'c1', name: 'Food bank', url: 'https://food.example', impact: '' };
    const site = { host: 'example.org', enabled: true, minutesBeforeNudge: null };

    const results = [
      applySettingsPatch(current, { acts: { people: [person, { ...person, name: 'Bea' }] } }),
      applySettingsPatch(current, { acts: { causes: [cause, cause] } }),
      applySettingsPatch(current, { watchedSites: [site, site] }),
    ];

    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
  });
});
