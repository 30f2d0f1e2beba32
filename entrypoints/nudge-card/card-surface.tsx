import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { I18nProvider } from '@/components/i18n';
import { NudgeCard, type NudgeCardProps } from '@/components/nudge-card';
import { NUDGE_CARD_CSS } from '@/components/nudge-card-styles';
import { createTranslate, type MessageKey } from '@/utils/domain/i18n';
import { CARD_WORDS } from './card-words';

/** Tag name of the element that holds the card's shadow root. */
export const NUDGE_CARD_HOST = 'outward-nudge';

/** Keys pressed in the card stay in the card, so the page's shortcuts do not fire. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Every kind of event a card handler answers. An untrusted one (made by a script, not by the
 * person) is stopped at the card's body in the capture phase, before any handler inside sees it.
 */
const PERSON_ONLY_EVENTS = [
  'click',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'pointerdown',
] as const;

/** The card's words: the browser's, asked twice, else the English the card's script carries. */
const t = createTranslate(
  (key: MessageKey, substitutions?: string | string[]) =>
    browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
  (key) => CARD_WORDS[key],
);

/** Where a card is drawn: render it (again) with new props, or take it off the page. */
export interface CardSurface {
  render(props: NudgeCardProps): void;
  remove(): void;
}

/**
 * Puts an empty shadow root at the end of the page's body for one card: a host element whose
 * styles the page cannot reach in (`all: initial`), holding its own `<html>` in the card's
 * language, the card's stylesheet and a `<body>` to render into. The card places itself (fixed,
 * bottom corner). It goes away with the content script's context.
 *
 * The root is closed and its only reference stays in this isolated world, so the page's scripts
 * can neither read the act (which may name one of the person's people) nor reach its buttons; events
 * a script makes never reach a card handler.
 *
 * Made by hand rather than with WXT's `createShadowRootUi`: that helper brings positioning, CSS
 * fetching and element-waiting code the card does not use (about 3 kB gzip).
 */
export function createCardSurface(ctx: ContentScriptContext): CardSurface {
  const host = document.createElement(NUDGE_CARD_HOST);
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = document.createElement('html');
  html.lang = browser.i18n.getUILanguage() || 'en';
  const head = document.createElement('head');
  const style = document.createElement('style');
  style.textContent = NUDGE_CARD_CSS;
  head.append(style);
  const body = document.createElement('body');
  // Events a script made never reach a handler; nor does anything once the extension is gone (updated,
  // reloaded): reading `isInvalid` then ends the context, which takes the card off the page.
  const screen = (event: Event) => {
    if (!event.isTrusted || ctx.isInvalid) stopEvent(event);
  };
  for (const type of PERSON_ONLY_EVENTS) body.addEventListener(type, screen, { capture: true });
  for (const type of ISOLATED_EVENTS) body.addEventListener(type, (event) => event.stopPropagation());
  html.append(head, body);
  shadow.append(html);
  document.body.append(host);

  let removed = false;
  let forget = () => {};
  const remove = () => {
    if (removed) return;
    removed = true;
    forget();
    render(null, body);
    host.remove();
  };
  forget = ctx.onInvalidated(remove);
  return {
    render: (props) => {
      if (removed) return;
      render(
        <I18nProvider t={t}>
          <NudgeCard {...props} />
        </I18nProvider>,
        body,
      );
    },
    remove,
  };
}

function stopEvent(event: Event) {
  event.stopImmediatePropagation();
  event.preventDefault();
}
