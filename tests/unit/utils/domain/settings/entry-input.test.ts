import { describe, expect, it } from 'vitest';
import { parseCause, parseCustomAct, parsePerson } from '@/utils/domain/settings/entry-input';

const ID = '0b6f4f39-3d0a-4f4f-9b47-7d1c1c1d2a11';

describe('parsePerson', () => {
  it('keeps a trimmed name and turns a phone number into an sms: link', () => {
    expect(parsePerson({ name: '  Ana ', reach: '+1 555 123 4567' }, ID)).toEqual({
      ok: true,
      value: { id: ID, name: 'Ana', reach: 'sms:+15551234567' },
    });
  });

  it('allows a person without a way to reach them', () => {
    expect(parsePerson({ name: 'Grandpa', reach: '' }, ID)).toEqual({
      ok: true,
      value: { id: ID, name: 'Grandpa', reach: null },
    });
  });

  it('refuses a javascript: link and a missing name, each beside its field', () => {
    expect(parsePerson({ name: ' ', reach: 'javascript:alert(1)' }, ID)).toEqual({
      ok: false,
      errors: { name: { key: 'fieldRequired' }, reach: { key: 'linkErrorScheme' } },
    });
  });

  it('refuses a name longer than the settings allow', () => {
    expect(parsePerson({ name: 'a'.repeat(61), reach: '' }, ID)).toEqual({
      ok: false,
      errors: { name: { key: 'fieldTooLong', substitutions: ['60'] } },
    });
  });
});

describe('parseCause', () => {
  it('keeps an https page and the impact text', () => {
    expect(parseCause({ name: 'Food bank', url: 'foodbank.example/give', impact: '5 € is a meal' }, ID)).toEqual({
      ok: true,
      value: { id: ID, name: 'Food bank', url: 'https://foodbank.example/give', impact: '5 € is a meal' },
    });
  });

  it.each([
    ['mailto:give@example.org', 'linkErrorHttpsOnly'],
    ['http://example.org', 'linkErrorScheme'],
    ['', 'fieldRequired'],
  ])('refuses the link %j', (url, key) => {
    expect(parseCause({ name: 'Cause', url, impact: '' }, ID)).toEqual({ ok: false, errors: { url: { key } } });
  });
});

describe('parseCustomAct', () => {
  const draft = {
    title: 'Water the shared plants',
    howTo: 'The ones in the stairwell',
    minutes: '3',
    category: 'community',
    cost: 'free',
    link: '',
  } as const;

  it('builds the act with its minutes as a number and no link', () => {
    expect(parseCustomAct(draft, ID)).toEqual({
      ok: true,
      value: { id: ID, ...draft, minutes: 3, link: null },
    });
  });

  it.each([
    [{ title: '' }, 'title', 'fieldRequired'],
    [{ minutes: '6' }, 'minutes', 'invalidNumber'],
    [{ minutes: '2.5' }, 'minutes', 'invalidNumber'],
    [{ link: 'javascript:alert(1)' }, 'link', 'linkErrorScheme'],
    [{ howTo: 'x'.repeat(241) }, 'howTo', 'fieldTooLong'],
  ] as const)('refuses %j at %s', (change, field, key) => {
    const result = parseCustomAct({ ...draft, ...change }, ID);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[field]?.key).toBe(key);
  });
});
