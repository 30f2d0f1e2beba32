import css from './nudge-card.css?inline';

/**
 * The card's stylesheet (`nudge-card.css`) as text for its shadow root's `<style>`. Imported
 * inline so the build minifies it inside the content script.
 */
export const NUDGE_CARD_CSS: string = css;
