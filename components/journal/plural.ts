import type { MessageKey, Translate } from '@/utils/domain/i18n';
import type { JournalFormats } from './formats';

/** A message in its two forms: `one` for the locale's singular, `other` for every other count. */
export interface PluralKeys {
  one: MessageKey;
  other: MessageKey;
}

/**
 * browser.i18n has no plurals, so each form is a separate message and `Intl.PluralRules` picks
 * one; the count comes first among the substitutions, formatted with the locale's digits.
 */
export function plural(
  t: Translate,
  formats: JournalFormats,
  keys: PluralKeys,
  count: number,
  rest: string[] = [],
): string {
  const key = formats.plural(count) === 'one' ? keys.one : keys.other;
  return t(key, [formats.number(count), ...rest]);
}

/** Whole minutes as hours and minutes ("5 h 10 min", "45 min"). */
export function duration(t: Translate, formats: JournalFormats, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return t('minutesValue', formats.number(minutes));
  return t('durationHoursMinutes', [formats.number(hours), formats.number(minutes % 60)]);
}
