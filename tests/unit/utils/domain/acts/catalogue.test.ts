import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_ACTS } from '@/utils/domain/acts/catalogue';
import { checkLink } from '@/utils/domain/acts/safe-link';
import { ACT_CATEGORIES } from '@/utils/domain/settings/schema';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const localesDir = join(process.cwd(), 'public', '_locales');
const locales = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const messagesOf = (locale: string) =>
  JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
const en = messagesOf('en');
const keysOf = (act: (typeof BUILT_IN_ACTS)[number]) =>
  [act.titleKey, act.howToKey, act.whyKey, act.slot?.titleKey].filter((key) => key !== undefined);

describe('BUILT_IN_ACTS', () => {
  it('offers at least 60 acts', () => {
    expect(BUILT_IN_ACTS.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every act a unique, stable kebab-case id', () => {
    const ids = BUILT_IN_ACTS.map((act) => act.id);

    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(ACT_CATEGORIES)('has several acts in category %s, some of them free', (category) => {
    const inCategory = BUILT_IN_ACTS.filter((act) => act.category === category);

    expect(inCategory.length).toBeGreaterThanOrEqual(8);
    expect(inCategory.filter((act) => act.cost === 'free').length).toBeGreaterThanOrEqual(3);
  });

  it.each(BUILT_IN_ACTS.map((act) => [act.id, act] as const))('%s has valid fields', (_id, act) => {
    expect(Number.isInteger(act.minutes)).toBe(true);
    expect(act.minutes).toBeGreaterThanOrEqual(1);
    expect(act.minutes).toBeLessThanOrEqual(5);
    expect(['free', 'money']).toContain(act.cost);
    expect(ACT_CATEGORIES).toContain(act.category);
    for (const site of act.sites) expect(site).toMatch(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/);
    if (act.link !== null) expect(checkLink(act.link)).toMatchObject({ ok: true, scheme: 'https:' });
  });

  it.each(BUILT_IN_ACTS.map((act) => [act.id, act] as const))('%s names its messages after its id', (_id, act) => {
    const base = `act_${act.id.replaceAll('-', '_')}`;

    expect([act.titleKey, act.howToKey, act.whyKey]).toEqual([`${base}_title`, `${base}_how`, `${base}_why`]);
    if (act.slot) expect(act.slot.titleKey).toBe(`${base}_${act.slot.kind}`);
  });

  it.each(locales)('has every act message in locale %s, with the right placeholders', (locale) => {
    const messages = messagesOf(locale);

    for (const act of BUILT_IN_ACTS) {
      for (const key of keysOf(act)) {
        expect(messages[key]?.message.trim(), `${locale}: ${key}`).toBeTruthy();
      }
      for (const key of [act.titleKey, act.howToKey, act.whyKey]) {
        expect(messages[key]?.message, `${locale}: ${key} has no placeholder`).not.toMatch(/\$/);
      }
      if (act.slot) {
        const slotted = messages[act.slot.titleKey];
        expect(slotted?.message).toContain(`$${act.slot.kind.toUpperCase()}$`);
        expect(slotted?.placeholders?.[act.slot.kind]?.content).toBe('$1');
      }
    }
  });

  it('keeps the English words short enough for a small card', () => {
    for (const act of BUILT_IN_ACTS) {
      expect(en[act.titleKey]?.message.length, act.id).toBeLessThanOrEqual(80);
      expect(en[act.howToKey]?.message.length, act.id).toBeLessThanOrEqual(160);
      expect(en[act.whyKey]?.message.length, act.id).toBeLessThanOrEqual(110);
    }
  });

  it('never repeats a title', () => {
    const titles = BUILT_IN_ACTS.map((act) => en[act.titleKey]?.message.toLowerCase());

    expect(new Set(titles).size).toBe(titles.length);
  });
});
