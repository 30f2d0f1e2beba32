import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CARD_WORDS } from '@/entrypoints/nudge-card/card-words';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { carriedLocale, loadCarriedMessages, t } from '@/utils/platform/i18n';

describe('t in extension pages and the worker', () => {
  it('shows the act’s real text from the extension’s own messages when getMessage answers empty', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('es-AR');
    const fetcher = vi.fn(async () => new Response(JSON.stringify(es)));
    await loadCarriedMessages(fetcher as unknown as typeof fetch);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');

    const title = t('act_voice_note_title');

    expect(fetcher).toHaveBeenCalledWith(expect.stringMatching(/\/_locales\/es\/messages\.json$/));
    expect(title).toBe(es.act_voice_note_title.message);
    expect(title).not.toMatch(/^act_|_title$|__MSG_/);
  });

  it('picks the shipped locale nearest the browser’s language', () => {
    expect([carriedLocale('es-419'), carriedLocale('en-GB'), carriedLocale('fr'), carriedLocale('')]).toEqual([
      'es',
      'en',
      'en',
      'en',
    ]);
  });
});

describe('the card’s carried words', () => {
  it('are the English messages themselves', () => {
    for (const [key, entry] of Object.entries(CARD_WORDS)) {
      expect(entry).toEqual((en as Record<string, unknown>)[key]);
    }
  });

  it('cover every word the card says, so none comes out empty when the browser answers empty', () => {
    const cardKeys = Object.keys(en).filter((key) => key.startsWith('nudgeCard'));

    expect(Object.keys(CARD_WORDS).sort()).toEqual(cardKeys.sort());
  });
});
