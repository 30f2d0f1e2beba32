import { browser } from 'wxt/browser';
import { t } from '../i18n';

/** A muted grey, so the count is there when looked for and does not shout. */
const BADGE_COLOR = '#5f6673';

/** Shows an open episode's doom minutes on the toolbar button, with a tooltip that says what they are. */
export async function showDoomMinutes(minutes: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await browser.action.setBadgeText({ text: String(minutes) });
  await browser.action.setTitle({ title: t('actionTitleDoomMinutes', String(minutes)) });
}

/** Clears the count and restores the usual tooltip. */
export async function clearDoomMinutes(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
  await browser.action.setTitle({ title: t('actionTitle') });
}
