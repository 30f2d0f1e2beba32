import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { I18nProvider } from '../../components/i18n';
import { NudgeCard, type NudgeCardProps } from '../../components/nudge-card';
import { NUDGE_CARD_CSS } from '../../components/nudge-card-styles';
import { t } from '../../utils/platform/i18n';

/** Tag name of the element that holds the card's shadow root. */
export const NUDGE_CARD_HOST = 'outward-nudge';

/** Where a card is drawn: render it (again) with new props, or take it off the page. */
export interface CardSurface {
  render(props: NudgeCardProps): void;
  remove(): void;
}

/**
 * Puts an empty shadow root at the end of the page's body for one card. The card places itself
 * (fixed, bottom corner), so WXT positions nothing; keys pressed in the card stay in the card,
 * so the page's shortcuts do not fire. It goes away with the content script's context.
 */
export async function createCardSurface(ctx: ContentScriptContext): Promise<CardSurface> {
  const ui = await createShadowRootUi(ctx, {
    name: NUDGE_CARD_HOST,
    position: 'inline',
    anchor: () => document.body,
    css: NUDGE_CARD_CSS,
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ui.mount();
  // The shadow root holds its own <html>: give it the language the card speaks, as the extension's pages do.
  ui.shadow.querySelector('html')?.setAttribute('lang', browser.i18n.getUILanguage() || 'en');
  return {
    render: (props) =>
      render(
        <I18nProvider t={t}>
          <NudgeCard {...props} />
        </I18nProvider>,
        ui.uiContainer,
      ),
    remove: () => ui.remove(),
  };
}
