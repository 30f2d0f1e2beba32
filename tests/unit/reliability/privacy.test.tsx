import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/preact';
import { ActPanel } from '@/components/popup/act-panel';
import { NudgeCard } from '@/components/nudge-card';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { renderWithI18n } from '../helpers/render';

const SAMPLER_DIR = 'entrypoints/scroll.content';
/** Ways a script could read what a page says; the sampler may use none of them. */
const PAGE_TEXT_READERS = [
  /\.innerText\b/,
  /\.textContent\b/,
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /\.nodeValue\b/,
  /getSelection\(\)\s*\??\.\s*toString/,
  /document\.title\b/,
  /\.value\b(?!Of)/,
  /querySelector/,
  /getElementsBy/,
  /\bfetch\(/,
  /XMLHttpRequest/,
  /WebSocket/,
  /sendBeacon/,
];

describe('privacy by construction', () => {
  it('the content script reads no page text and makes no request (checked in its source)', () => {
    const files = readdirSync(SAMPLER_DIR).filter((name) => /\.tsx?$/.test(name) && !name.includes('card'));
    const offences = files.flatMap((name) => {
      const source = readFileSync(join(SAMPLER_DIR, name), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
      return PAGE_TEXT_READERS.filter((pattern) => pattern.test(source)).map((pattern) => `${name}: ${pattern}`);
    });

    expect(files.length).toBeGreaterThan(0);
    expect(offences).toEqual([]);
  });

  const hostile: ResolvedAct = {
    id: 'x',
    title: '<img src=x onerror="alert(1)">Title',
    howTo: '<script>alert(2)</script>',
    why: '<a href="javascript:alert(3)">why</a>',
    minutes: 2,
    cost: 'free',
    category: 'connect',
    link: null,
  };

  it('renders act text in the popup only as text, never as markup', () => {
    renderWithI18n(
      <ActPanel
        offered={hostile}
        pending={null}
        actions={{ start: vi.fn(), another: vi.fn(), complete: vi.fn(), letGo: vi.fn() }}
      />,
    );

    expect(document.querySelectorAll('img, script, a[href^="javascript"]')).toHaveLength(0);
    expect(screen.getByText(hostile.title)).toBeTruthy();
  });

  it('renders act text in the in-page card only as text, never as markup', () => {
    renderWithI18n(
      <NudgeCard
        act={hostile}
        level={1}
        onDo={vi.fn()}
        onAnother={vi.fn()}
        onNotNow={vi.fn()}
        onPurposeful={vi.fn()}
        onClose={vi.fn()}
        onLeave={vi.fn()}
      />,
    );

    expect(document.querySelectorAll('img, script, a[href^="javascript"]')).toHaveLength(0);
    expect(document.body.textContent).toContain(hostile.howTo);
  });
});
