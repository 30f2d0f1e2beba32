import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CategoryChart } from '@/components/journal/category-chart';
import { DailyChart } from '@/components/journal/daily-chart';
import { createJournalFormats } from '@/components/journal/formats';
import { MoodChart } from '@/components/journal/mood-chart';
import type { MoodChange } from '@/utils/domain/stats/mood-pairs';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const formats = createJournalFormats('en-GB', 'UTC');

/** Each body row of the only table: header cell, then the data cells. */
const tableRows = () =>
  [...document.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

describe('DailyChart', () => {
  const series = [
    { day: '2024-03-30', doomMinutes: 42, acts: 0 },
    { day: '2024-03-31', doomMinutes: 0, acts: 3 },
    { day: '2024-04-01', doomMinutes: 1250, acts: 1 },
  ];

  it('gives each day’s minutes and kind acts in its table, oldest first', () => {
    renderWithI18n(<DailyChart series={series} formats={formats} />);

    expect(tableRows()).toEqual([
      ['30 Mar', '42', '0'],
      ['31 Mar', '0', '3'],
      ['1 Apr', '1,250', '1'],
    ]);
  });

  it('names the picture with the totals and uses the same words as the table’s caption', () => {
    renderWithI18n(<DailyChart series={series} formats={formats} />);

    const summary = 'Over the last 3 days: 1,292 minutes of fast scrolling and 4 kind acts.';
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(summary);
    expect(document.querySelector('caption')?.textContent).toBe(summary);
  });

  it('draws a bar for every day and a dot only for days with kind acts', () => {
    renderWithI18n(<DailyChart series={series} formats={formats} />);

    expect(document.querySelectorAll('rect.chart-bar')).toHaveLength(3);
    expect(document.querySelectorAll('circle.chart-dot')).toHaveLength(2);
  });
});

describe('MoodChart', () => {
  const enough = (averageBefore: number, averageAfter: number, pairs = 12): MoodChange => ({
    enough: true,
    pairs,
    averageBefore,
    averageAfter,
    averageChange: averageAfter - averageBefore,
  });

  it.each([
    [enough(2.5, 3.25), 'On average, your mood rose by +0.8 after a kind act.', ['2.5', '3.3', '+0.8']],
    [enough(3, 3.02), 'On average, your mood stayed about the same after a kind act.', ['3', '3', '0']],
    [
      enough(4, 3.6),
      'On average, your mood was a little lower after a kind act (-0.4). Kindness does not have to feel good every time.',
      ['4', '3.6', '-0.4'],
    ],
  ])('words the average change and tables before, after and change (%#)', (change, sentence, figures) => {
    renderWithI18n(<MoodChart change={change} days={30} formats={formats} />);

    expect(screen.getByText(sentence)).toBeTruthy();
    expect(tableRows()).toEqual([
      ['Before', figures[0]],
      ['After', figures[1]],
      ['Change', figures[2]],
    ]);
  });

  it('says how many pairs over how many days the average comes from', () => {
    renderWithI18n(<MoodChart change={enough(3, 4, 17)} days={21} formats={formats} />);

    expect(document.querySelector('caption')?.textContent).toBe(
      'From 17 kind acts with a check-in before and after, over the last 21 days.',
    );
  });

  it('says honestly that there is not enough data yet, with no chart and no average', () => {
    renderWithI18n(<MoodChart change={{ enough: false, pairs: 1, needed: 3 }} days={90} formats={formats} />);

    expect(screen.getByText('Not enough data yet: 1 of 3 pairs.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.querySelector('table')).toBeNull();
  });
});

describe('CategoryChart', () => {
  it('tables every category with its count, most first, and names the picture with them', () => {
    const counts = [
      { category: 'gratitude', acts: 12 },
      { category: 'connect', acts: 5 },
      { category: 'give', acts: 0 },
    ] as const;

    renderWithI18n(<CategoryChart counts={[...counts]} formats={formats} />);

    expect(tableRows()).toEqual([
      ['Thanks', '12'],
      ['Reaching out', '5'],
      ['Giving', '0'],
    ]);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Thanks: 12, Reaching out: 5, Giving: 0');
    expect(document.querySelectorAll('rect.chart-bar-acts')).toHaveLength(3);
  });

  it('says where kind acts will show when there are none yet', () => {
    renderWithI18n(<CategoryChart counts={[{ category: 'connect', acts: 0 }]} formats={formats} />);

    expect(screen.getByText('Your kind acts will be sorted here by kind.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
