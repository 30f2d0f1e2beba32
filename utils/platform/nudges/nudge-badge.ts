import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** The card's warm accent, so the toolbar and the card read as one gentle signal. */
const NUDGE_BADGE_COLOR = '#b6461f';
/** A heart rather than a "!": an idea is waiting, nothing is wrong. */
export const NUDGE_BADGE_TEXT = '♥';

/** Marks the toolbar button while a nudge waits for an answer (ladder level 1 is badge + card). */
export async function showNudgeBadge(): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: NUDGE_BADGE_COLOR });
  await browser.action.setBadgeText({ text: NUDGE_BADGE_TEXT });
  await browser.action.setTitle({ title: t('actionTitleNudge') });
}
