import { describe, expect, it } from 'vitest';
import { createDefaultSettings, DEFAULT_SETTINGS } from '@/utils/domain/settings/defaults';
import { repairSettings } from '@/utils/domain/settings/repair';
import { SETTINGS_VERSION } from '@/utils/domain/settings/schema';

describe('repairSettings', () => {
  it('returns the defaults, with nothing to report, when nothing is stored yet', () => {
    const result = repairSettings(undefined);

    expect(result).toEqual({ settings: DEFAULT_SETTINGS, repaired: [], fresh: true });
  });

  it('keeps a valid stored object exactly as it was', () => {
    const stored = createDefaultSettings();
    stored.detection.minutesBeforeNudge = 7;
    stored.nudges.quietHours = { enabled: true, start: '23:00', end: '06:30' };

    const result = repairSettings(structuredClone(stored));

    expect(result.settings).toEqual(stored);
    expect(result.repaired).toEqual([]);
  });

  it('resets only the broken fields and reports each one by path', () => {
    const stored = createDefaultSettings() as unknown as Record<string, Record<string, unknown>>;
    stored.detection!.minutesBeforeNudge = 9;
    stored.nudges!.dailyCap = -4;
    stored.nudges!.quietHours = { enabled: 'yes', start: '25:99', end: '07:00' };

    const result = repairSettings(stored);

    expect(result.settings.detection.minutesBeforeNudge).toBe(9);
    expect(result.settings.nudges.dailyCap).toBe(DEFAULT_SETTINGS.nudges.dailyCap);
    expect(result.settings.nudges.quietHours).toEqual({ enabled: false, start: '22:00', end: '07:00' });
    expect(result.repaired).toEqual(['nudges.dailyCap', 'nudges.quietHours.enabled', 'nudges.quietHours.start']);
  });

  it('drops broken items of a list and keeps the valid ones', () => {
    const stored = createDefaultSettings() as unknown as Record<string, unknown>;
    stored.watchedSites = [
      { host: 'reddit.com', enabled: false, minutesBeforeNudge: 5 },
      { host: 'javascript:alert(1)', enabled: true, minutesBeforeNudge: null },
      'nonsense',
      { host: 'news.ycombinator.com', enabled: true, minutesBeforeNudge: null },
    ];

    const result = repairSettings(stored);

    expect(result.settings.watchedSites.map((site) => site.host)).toEqual(['reddit.com', 'news.ycombinator.com']);
    expect(result.settings.watchedSites[0]).toEqual({ host: 'reddit.com', enabled: false, minutesBeforeNudge: 5 });
    expect(result.repaired).toEqual(['watchedSites[1]', 'watchedSites[2]']);
  });

  it.each([
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['a boolean', true],
  ])('replaces %s with the defaults and says the whole object was repaired', (_name, stored) => {
    const result = repairSettings(stored);

    expect(result.settings).toEqual(DEFAULT_SETTINGS);
    expect(result.repaired).toEqual(['(whole object)']);
  });

  it('fills sections missing from an outdated object with defaults and keeps the rest', () => {
    const stored = { version: 1, detection: { minutesBeforeNudge: 30, sensitivity: 'high' } };

    const result = repairSettings(stored);

    expect(result.settings.detection).toEqual({ minutesBeforeNudge: 30, sensitivity: 'high' });
    expect(result.settings.nudges).toEqual(DEFAULT_SETTINGS.nudges);
    expect(result.repaired).toEqual(expect.arrayContaining(['watchedSites', 'nudges', 'acts']));
  });

  it('ignores prototype-pollution keys and unknown keys', () => {
    const stored = JSON.parse(
      '{"version":1,"__proto__":{"polluted":true},"detection":{"minutesBeforeNudge":12,"sensitivity":"low","constructor":{"prototype":{"bad":1}}},"extra":1}',
    ) as unknown;

    const result = repairSettings(stored);

    expect(result.settings.detection).toEqual({ minutesBeforeNudge: 12, sensitivity: 'low' });
    expect(Object.keys(result.settings)).not.toContain('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not run migration steps on an object already at the current version', () => {
    const migrations = {
      [SETTINGS_VERSION]: (old: Record<string, unknown>) => ({
        ...old,
        detection: { minutesBeforeNudge: old.minutes, sensitivity: 'normal' },
      }),
    };
    const stored = { version: SETTINGS_VERSION, minutes: 25 };

    const result = repairSettings(stored, migrations);

    expect(result.settings.detection.minutesBeforeNudge).toBe(DEFAULT_SETTINGS.detection.minutesBeforeNudge);
  });

  it('reports an unknown newer version and keeps every field it understands', () => {
    const stored = { ...createDefaultSettings(), version: 99, futureField: { x: 1 } };
    stored.nudges.dailyCap = 5;

    const result = repairSettings(stored);

    expect(result.settings.version).toBe(SETTINGS_VERSION);
    expect(result.settings.nudges.dailyCap).toBe(5);
    expect(result.repaired).toEqual(['version']);
  });
});

describe('repairSettings inside lists', () => {
  const person = (n: number, extra: Record<string, unknown> = {}) => ({
    id: `p${n}`,
    name: `Person ${n}`,
    reach: null,
    ...extra,
  });
  const storedWith = (acts: Record<string, unknown>, rest: Record<string, unknown> = {}) => {
    const settings = createDefaultSettings();
    return { ...settings, ...rest, acts: { ...settings.acts, ...acts } };
  };

  it('keeps a person whose one field is broken, with that field emptied', () => {
    const stored = storedWith({ people: [person(1, { reach: 'javascript:alert(1)' })] });

    const { settings, repaired } = repairSettings(stored);

    expect(settings.acts.people).toEqual([person(1)]);
    expect(repaired).toEqual(['acts.people[0].reach']);
  });

  it('drops an item only when a field that cannot be empty is broken', () => {
    const stored = storedWith({ people: [person(1, { name: '' }), person(2)] });

    const { settings, repaired } = repairSettings(stored);

    expect(settings.acts.people).toEqual([person(2)]);
    expect(repaired).toEqual(['acts.people[0]']);
  });

  it('cuts a list longer than its maximum to its first items instead of emptying it', () => {
    const stored = storedWith({ people: Array.from({ length: 51 }, (_, n) => person(n)) });

    const { settings, repaired } = repairSettings(stored);

    expect(settings.acts.people.map((p) => p.id)).toEqual(Array.from({ length: 50 }, (_, n) => `p${n}`));
    expect(repaired).toEqual(['acts.people[50]']);
  });

  it('keeps the first of items sharing an id or a host', () => {
    const site = (host: string) => ({ host, enabled: true, minutesBeforeNudge: null });
    const stored = storedWith(
      { people: [person(1), { ...person(1), name: 'Other' }] },
      { watchedSites: [site('example.org'), site('example.org'), site('news.example')] },
    );

    const { settings, repaired } = repairSettings(stored);

    expect(settings.acts.people).toEqual([person(1)]);
    expect(settings.watchedSites.map((s) => s.host)).toEqual(['example.org', 'news.example']);
    expect(repaired).toEqual(['watchedSites[1]', 'acts.people[1]']);
  });
});
