import { describe, expect, it } from 'vitest';
import { NUDGE_CARD_CSS } from '@/components/nudge-card-styles';

describe('NUDGE_CARD_CSS', () => {
  it('resets everything the page could pass down to the shadow host, winning over page !important rules', () => {
    expect(NUDGE_CARD_CSS).toMatch(/:host\s*\{\s*all:\s*initial\s*!important;/);
  });

  it('sizes text in px, never in rem that follows the page root', () => {
    expect(NUDGE_CARD_CSS).not.toMatch(/\d(?:\.\d+)?rem\b/);
    expect(NUDGE_CARD_CSS).toMatch(/\.ow-title\s*\{[^}]*font-size:\s*\d+px/);
  });

  it('sets display on buttons explicitly', () => {
    expect(NUDGE_CARD_CSS).toMatch(/\.ow-button,\s*\.ow-close\s*\{[^}]*display:\s*inline-flex;/);
  });

  it('has a dark scheme and honours reduced motion: neither the card nor the breathing circle moves', () => {
    expect(NUDGE_CARD_CSS).toContain('@media (prefers-color-scheme: dark)');
    expect(NUDGE_CARD_CSS).toMatch(
      /@media \(prefers-reduced-motion: reduce\)\s*\{\s*\.ow-card,\s*\.ow-breathe-circle\s*\{\s*animation:\s*none;/,
    );
  });

  it('draws no focus ring round the card itself, only round the control the keyboard is on', () => {
    expect(NUDGE_CARD_CSS).toMatch(/\.ow-card:focus,\s*\.ow-card:focus-visible\s*\{[^}]*outline:\s*none;/);
    expect(NUDGE_CARD_CSS).toMatch(
      /\.ow-button:focus-visible,\s*\.ow-close:focus-visible\s*\{[^}]*outline:\s*3px solid/,
    );
  });

  it('uses no backdrop-filter, which drops frames over a scrolling page', () => {
    expect(NUDGE_CARD_CSS).not.toContain('backdrop-filter');
  });
});
