import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CrisisCard, HELPLINE_DIRECTORY } from '@/components/popup/crisis-card';
import { TodayGlance } from '@/components/popup/today-glance';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const figures = { day: '2026-11-20', doomMinutes: 23, episodes: 2, actsToday: 1, actsThisWeek: 4 };

describe('TodayGlance', () => {
  it('lists today’s figures with their labels', () => {
    renderWithI18n(<TodayGlance figures={figures} streak={{ days: 0, includesToday: false, lastDay: null }} />);

    const pairs = [...document.querySelectorAll('dl div')].map((div) => [
      div.querySelector('dt')!.textContent,
      div.querySelector('dd')!.textContent,
    ]);

    expect(pairs).toEqual([
      ['Fast scrolling', '23 min'],
      ['Long scrolls', '2'],
      ['Kind acts today', '1'],
      ['Kind acts this week', '4'],
    ]);
  });

  it.each([
    [0, 'Every kind act counts, whenever it happens.'],
    [1, 'A kind act on the books. Every one counts.'],
    [3, 'Kind acts on 3 days in a row.'],
  ])('words a streak of %i days gently', (days, line) => {
    renderWithI18n(
      <TodayGlance figures={figures} streak={{ days, includesToday: days > 0, lastDay: days ? '2026-11-20' : null }} />,
    );

    expect(screen.getByText(line)).toBeTruthy();
  });
});

describe('CrisisCard', () => {
  it('points to the international helpline directory and can be dismissed', () => {
    let dismissed = false;
    renderWithI18n(<CrisisCard onDismiss={() => (dismissed = true)} />);

    const link = screen.getByRole('link', { name: 'Find a helpline near you' });
    screen.getByRole('button', { name: 'Hide this' }).click();

    expect(link.getAttribute('href')).toBe(HELPLINE_DIRECTORY);
    expect(HELPLINE_DIRECTORY).toBe('https://findahelpline.com');
    expect(dismissed).toBe(true);
  });
});
