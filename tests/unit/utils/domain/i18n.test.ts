import { describe, expect, it, vi } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { createTranslate, formatMessage, type MessageEntry, type MessageKey } from '@/utils/domain/i18n';

const carriedEs = (key: MessageKey) => (es as Record<string, MessageEntry>)[key];

describe('createTranslate', () => {
  it('answers with the browser’s text when it has one', () => {
    const t = createTranslate(() => 'Hecho', carriedEs);

    expect(t('nudgeCardDo')).toBe('Hecho');
  });

  it('asks again when the browser answers an empty string, and keeps the second answer', () => {
    const lookup = vi.fn().mockReturnValueOnce('').mockReturnValueOnce('Do it');
    const t = createTranslate(lookup, () => undefined);

    expect(t('nudgeCardDo')).toBe('Do it');
    expect(lookup).toHaveBeenCalledTimes(2);
  });

  it('falls back to the messages it carries, placeholders filled, when the browser keeps answering empty', () => {
    const t = createTranslate(() => '', carriedEs);

    expect(t('nudgeCardDo')).toBe(es.nudgeCardDo.message);
    expect(t('nudgeCardMinutes', '3')).toBe(formatMessage(es.nudgeCardMinutes, '3'));
    expect(t('nudgeCardMinutes', '3')).toContain('3');
  });

  it('never answers with the key, even with nothing to fall back on or a lookup that throws', () => {
    const empty = createTranslate(
      () => '',
      () => undefined,
    );
    const throwing = createTranslate(
      () => {
        throw new Error('context invalidated');
      },
      () => undefined,
    );

    expect(empty('act_voice_note_title' as MessageKey)).toBe('');
    expect(throwing('nudgeCardDo')).toBe('');
  });
});

describe('formatMessage', () => {
  it('fills named placeholders from their $1… contents', () => {
    const entry = { message: 'Text $PERSON$ ($N$)', placeholders: { person: { content: '$1' }, n: { content: '$2' } } };

    expect(formatMessage(entry, ['Ana', '2'])).toBe('Text Ana (2)');
  });

  it('reads every English message without leaving a placeholder behind', () => {
    const left = Object.entries(en as Record<string, MessageEntry>)
      .map(([key, entry]) => [key, formatMessage(entry, ['a', 'b', 'c', 'd'])] as const)
      .filter(([, text]) => /\$[A-Z_]+\$/i.test(text));

    expect(left).toEqual([]);
  });
});
