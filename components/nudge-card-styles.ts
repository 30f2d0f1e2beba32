/**
 * Styles of `NudgeCard` for its shadow root (pass as `css` to `createShadowRootUi`). A page's rules
 * cannot select inside a shadow root, but inherited values (font size, colour, line height) and
 * rules on the host element can reach it: the host is reset with `all: initial !important` (inner
 * `!important` wins over the page's), sizes are in px (rem follows the page's root font size), and
 * every element sets its own display, font and colour. No `backdrop-filter`: it drops frames over a
 * scrolling page (DESIGN.md §4). This file is long because it is the card's whole stylesheet.
 */
export const NUDGE_CARD_CSS = `
:host {
  all: initial !important;
}
.ow-root {
  --ow-bg: #ffffff;
  --ow-text: #1f2328;
  --ow-muted: #4f5761;
  --ow-border: #cfc9bf;
  --ow-accent: #b6461f;
  --ow-on-accent: #ffffff;
  --ow-button-bg: #f6f4f0;
  --ow-focus: #1d5fd1;
  --ow-problem: #a4262c;
  --ow-scrim: rgba(23, 24, 26, 0.6);
  --ow-font: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  display: block;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  .ow-root {
    --ow-bg: #222427;
    --ow-text: #eceae6;
    --ow-muted: #c4bfb7;
    --ow-border: #4a4d52;
    --ow-accent: #f08a5d;
    --ow-on-accent: #1b1b1b;
    --ow-button-bg: #2d3034;
    --ow-focus: #8ab4ff;
    --ow-problem: #ff9a9e;
    --ow-scrim: rgba(0, 0, 0, 0.7);
    color-scheme: dark;
  }
}
.ow-root *,
.ow-root *::before,
.ow-root *::after {
  box-sizing: border-box;
  margin: 0;
  padding: 0;
  border: 0;
  float: none;
  opacity: 1;
  visibility: visible;
  filter: none;
  transform: none;
  text-align: start;
  text-indent: 0;
  text-transform: none;
  text-decoration: none;
  text-shadow: none;
  letter-spacing: normal;
  word-spacing: normal;
  white-space: normal;
  font-family: var(--ow-font);
  font-style: normal;
  color: var(--ow-text);
}
.ow-card {
  display: block;
  position: fixed;
  inset-block-end: 16px;
  inset-inline-end: 16px;
  z-index: 2147483647;
  width: min(360px, calc(100vw - 32px));
  max-height: calc(100vh - 32px);
  overflow: auto;
  padding: 16px;
  background: var(--ow-bg);
  border: 1px solid var(--ow-border);
  border-radius: 12px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font-size: 15px;
  line-height: 1.45;
  animation: ow-rise 180ms ease-out;
}
.ow-card.ow-level-2 {
  width: min(440px, calc(100vw - 32px));
  padding: 20px;
  font-size: 16px;
}
.ow-overlay {
  display: flex;
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  align-items: center;
  justify-content: center;
  padding: 16px;
  background: var(--ow-scrim);
}
.ow-card.ow-level-3 {
  position: relative;
  inset: auto;
  width: min(480px, 100%);
  padding: 24px;
  font-size: 17px;
}
.ow-card:focus {
  outline: none;
}
.ow-card:focus-visible {
  outline: 3px solid var(--ow-focus);
  outline-offset: 2px;
}
.ow-head {
  display: flex;
  align-items: flex-start;
  gap: 8px;
  margin-block-end: 8px;
}
.ow-lead {
  display: block;
  flex: 1 1 auto;
  font-size: 13px;
  line-height: 1.4;
  font-weight: 400;
  color: var(--ow-muted);
}
.ow-level-2 .ow-lead,
.ow-level-3 .ow-lead {
  font-size: 14px;
}
.ow-title {
  display: block;
  font-size: 18px;
  line-height: 1.3;
  font-weight: 700;
  margin-block-end: 6px;
}
.ow-level-2 .ow-title {
  font-size: 20px;
}
.ow-level-3 .ow-title {
  font-size: 22px;
}
.ow-how,
.ow-why,
.ow-meta,
.ow-notice {
  display: block;
  font-size: inherit;
  line-height: 1.45;
  font-weight: 400;
  margin-block-end: 8px;
}
.ow-why,
.ow-meta {
  color: var(--ow-muted);
}
.ow-meta {
  font-size: 13px;
}
.ow-why-label {
  display: inline;
  font-size: inherit;
  font-weight: 700;
  color: var(--ow-muted);
}
.ow-notice {
  padding: 8px 10px;
  border: 1px solid var(--ow-border);
  border-radius: 8px;
  font-size: 14px;
}
.ow-notice.ow-problem {
  border-color: var(--ow-problem);
  border-width: 2px;
}
.ow-actions {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin-block-start: 12px;
}
.ow-button,
.ow-close {
  display: inline-flex;
  position: static;
  align-items: center;
  justify-content: center;
  appearance: none;
  -webkit-appearance: none;
  min-height: 40px;
  width: auto;
  height: auto;
  padding: 8px 14px;
  border: 1px solid var(--ow-border);
  border-radius: 8px;
  background: var(--ow-button-bg);
  color: var(--ow-text);
  font-size: 14px;
  line-height: 1.2;
  font-weight: 600;
  cursor: pointer;
  user-select: none;
  pointer-events: auto;
}
.ow-button.ow-primary {
  background: var(--ow-accent);
  border-color: var(--ow-accent);
  color: var(--ow-on-accent);
}
.ow-close {
  flex: none;
  min-height: 32px;
  width: 32px;
  height: 32px;
  padding: 0;
  font-size: 20px;
  line-height: 1;
  font-weight: 400;
  background: transparent;
  border-color: transparent;
}
.ow-close span {
  display: inline;
  font-size: inherit;
  line-height: 1;
  color: inherit;
}
.ow-button:hover,
.ow-close:hover {
  border-color: var(--ow-text);
}
.ow-button:focus-visible,
.ow-close:focus-visible {
  outline: 3px solid var(--ow-focus);
  outline-offset: 2px;
}
.ow-sr-only {
  display: block;
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
@keyframes ow-rise {
  from {
    opacity: 0;
    transform: translateY(8px);
  }
  to {
    opacity: 1;
    transform: none;
  }
}
@media (prefers-reduced-motion: reduce) {
  .ow-card {
    animation: none;
  }
}
@media (forced-colors: active) {
  .ow-card,
  .ow-button,
  .ow-close {
    border: 1px solid CanvasText;
  }
}
`;
