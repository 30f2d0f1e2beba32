import { browser } from 'wxt/browser';
import type { Badge } from '@/utils/domain/nudges/badge';
import { t } from '../i18n';

/** The card's warm accent, so the toolbar and the card read as one gentle signal. */
const NUDGE_BADGE_COLOR = '#b6461f';
/** A heart rather than a "!": an idea is waiting, nothing is wrong. */
export const NUDGE_BADGE_TEXT = '♥';
/** A muted grey, so the count is there when looked for and does not shout. */
const MINUTES_BADGE_COLOR = '#5f6673';

function textOf(badge: Badge): string {
  if (badge.kind === 'nudge') return NUDGE_BADGE_TEXT;
  return badge.kind === 'minutes' ? String(badge.minutes) : '';
}

/**
 * Writes the toolbar badge, the only code that does: a heart while a nudge waits, the open
 * episode's doom minutes with a tooltip that says what they are, or nothing (see `badgeFor`).
 * A badge already showing is left as it is, so a fold that changes nothing costs one read.
 */
export async function writeBadge(badge: Badge): Promise<void> {
  const text = textOf(badge);
  if ((await browser.action.getBadgeText({})) === text) return;
  if (badge.kind === 'nudge') {
    await browser.action.setBadgeBackgroundColor({ color: NUDGE_BADGE_COLOR });
    await browser.action.setTitle({ title: t('actionTitleNudge') });
  } else if (badge.kind === 'minutes') {
    await browser.action.setBadgeBackgroundColor({ color: MINUTES_BADGE_COLOR });
    await browser.action.setTitle({ title: t('actionTitleDoomMinutes', String(badge.minutes)) });
  } else {
    await browser.action.setTitle({ title: t('actionTitle') });
  }
  // The text last: a badge whose colour or title failed is written again on the next fold.
  await browser.action.setBadgeText({ text });
}
