import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { createJournalFormats } from '@/components/journal/formats';
import { JournalEmpty } from '@/components/journal/journal-empty';
import { TotalsSummary } from '@/components/journal/totals-summary';
import { WeeklyReflectionView } from '@/components/journal/weekly-reflection';
import type { PeriodFigures } from '@/utils/domain/stats/figures';
import type { Totals } from '@/utils/domain/stats/totals';
import type { WeeklyReflection } from '@/utils/domain/stats/weekly';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const formats = createJournalFormats('en-GB', 'UTC');
const none: PeriodFigures = { doomMinutes: 0, episodes: 0, acts: 0, nudgesShown: 0, nudgesAccepted: 0, checkins: 0 };
const week = (thisWeek: Partial<PeriodFigures>, lastWeekToDate: Partial<PeriodFigures>): WeeklyReflection => ({
  thisWeek: { from: '2024-03-25', to: '2024-03-27', ...none, ...thisWeek },
  lastWeek: { from: '2024-03-18', to: '2024-03-24', ...none },
  lastWeekToDate: { from: '2024-03-18', to: '2024-03-20', ...none, ...lastWeekToDate },
  daysIntoWeek: 3,
});
const listed = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('WeeklyReflectionView', () => {
  it.each([
    [
      week({ doomMinutes: 40, nudgesAccepted: 2 }, { doomMinutes: 90 }),
      3,
      [
        'A little less scrolling than last week so far.',
        'Kind acts on 3 days this week.',
        'You took up 2 nudges this week.',
      ],
    ],
    [
      week({ doomMinutes: 120, nudgesAccepted: 1 }, { doomMinutes: 60 }),
      1,
      [
        'A bit more scrolling than last week so far. Some weeks are like that.',
        'A kind act on 1 day this week.',
        'You took up 1 nudge this week.',
      ],
    ],
    [
      week({ doomMinutes: 62 }, { doomMinutes: 60 }),
      0,
      ['About as much scrolling as last week so far.', 'No kind acts yet this week. There is time, and no hurry.'],
    ],
    [
      week({}, {}),
      0,
      ['No long scrolls noticed this week so far.', 'No kind acts yet this week. There is time, and no hurry.'],
    ],
  ])('puts the week in warm words (%#)', (weekly, actDays, lines) => {
    renderWithI18n(<WeeklyReflectionView weekly={weekly} actDays={actDays} formats={formats} />);

    expect(listed()).toEqual(lines);
  });

  it('tables this week so far beside the same days of last week', () => {
    const weekly = week({ doomMinutes: 1500, acts: 4, nudgesAccepted: 2 }, { doomMinutes: 90, acts: 1 });

    renderWithI18n(<WeeklyReflectionView weekly={weekly} actDays={2} formats={formats} />);

    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Fast scrolling', '1,500 min', '90 min'],
      ['Kind acts', '4', '1'],
      ['Nudges taken up', '2', '0'],
    ]);
  });
});

describe('TotalsSummary', () => {
  const totals = (acts: number): Totals => ({
    since: '2026-03-14',
    acts,
    daysWithActs: Math.min(acts, 30),
    doomMinutes: 900,
    episodes: 40,
    nudgesAccepted: 7,
    checkins: 1234,
  });

  it.each([
    [42, '42 kind acts since March 2026'],
    [1, '1 kind act since March 2026'],
    [0, 'Since March 2026 you have been finding your way. The first kind act is there whenever you are ready.'],
  ])('sums up %i kind acts since the month of the first record', (acts, headline) => {
    renderWithI18n(<TotalsSummary totals={totals(acts)} formats={formats} />);

    expect(document.querySelector('.totals-headline')?.textContent).toBe(headline);
  });

  it('lists days with kind acts, nudges taken up and check-ins', () => {
    renderWithI18n(<TotalsSummary totals={totals(42)} formats={formats} />);

    const pairs = [...document.querySelectorAll('dl div')].map((div) => [
      div.querySelector('dt')?.textContent,
      div.querySelector('dd')?.textContent,
    ]);
    expect(pairs).toEqual([
      ['Days with a kind act', '30'],
      ['Nudges taken up', '7'],
      ['Check-ins', '1,234'],
    ]);
  });
});

describe('JournalEmpty', () => {
  it('invites a first step warmly, under its own heading', () => {
    renderWithI18n(<JournalEmpty />);

    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your journal starts here');
    expect(screen.getByText(/for your eyes only/)).toBeTruthy();
  });
});
