import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CategoryChart } from '@/components/journal/category-chart';
import { createJournalFormats } from '@/components/journal/formats';
import { MoodChart } from '@/components/journal/mood-chart';
import { OverTime } from '@/components/journal/over-time';
import { SiteMinutesView } from '@/components/journal/site-minutes';
import type { BinnedSeries } from '@/utils/domain/stats/bins';
import type { MoodChange } from '@/utils/domain/stats/mood-pairs';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const formats = createJournalFormats('en-GB', 'UTC');

/** Each body row of the only table: header cell, then the data cells. */
const tableRows = () =>
  [...document.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

describe('OverTime', () => {
  const weekly: BinnedSeries = {
    size: 'week',
    bins: [
      { from: '2024-03-18', to: '2024-03-24', doomMinutes: 42, acts: 0 },
      { from: '2024-03-25', to: '2024-03-31', doomMinutes: 0, acts: 3 },
      { from: '2024-04-01', to: '2024-04-02', doomMinutes: 1250, acts: 1 },
    ],
  };
  const renderOverTime = (series: BinnedSeries, onRange = vi.fn()) =>
    renderWithI18n(<OverTime range="weeks12" series={series} sites={[]} formats={formats} onRange={onRange} />);

  it('draws minutes and kind acts as two charts, each one quantity with its own axis', () => {
    renderOverTime(weekly);

    const charts = [...document.querySelectorAll('.bin-chart')];
    expect(charts.map((chart) => chart.querySelector('.bin-title')?.textContent)).toEqual([
      'Fast scrolling, minutes a week',
      'Kind acts a week',
    ]);
    expect(charts.map((chart) => chart.querySelectorAll('.bin-bar').length)).toEqual([3, 3]);
    expect(charts.map((chart) => chart.querySelector('.bin-axis span')?.textContent)).toEqual(['1,500', '4']);
  });

  it('names each chart with its range and total, in the plural form the count needs', () => {
    renderOverTime({ size: 'day', bins: [{ from: '2024-04-01', to: '2024-04-01', doomMinutes: 1, acts: 1 }] });

    expect(screen.getAllByRole('img').map((img) => img.getAttribute('aria-label'))).toEqual([
      'The last 12 weeks, week by week. 1 minute of fast scrolling in all.',
      'The last 12 weeks, week by week. 1 kind act in all.',
    ]);
  });

  it('tables each bin by the day its week starts, oldest first', () => {
    renderOverTime(weekly);

    expect(tableRows()).toEqual([
      ['18 Mar', '42', '0'],
      ['25 Mar', '0', '3'],
      ['1 Apr', '1,250', '1'],
    ]);
  });

  it('draws no empty chart for a range that holds nothing', () => {
    renderOverTime({ size: 'day', bins: [{ from: '2024-04-01', to: '2024-04-01', doomMinutes: 0, acts: 0 }] });

    expect(document.querySelector('.bin-chart')).toBeNull();
    expect(screen.getByText(/^Nothing recorded in this range yet/)).toBeTruthy();
  });

  it('reports the range chosen', () => {
    const onRange = vi.fn();
    renderOverTime(weekly, onRange);

    fireEvent.click(screen.getByRole('radio', { name: 'All time' }));

    expect(onRange).toHaveBeenCalledWith('all');
  });
});

describe('SiteMinutesView', () => {
  it('lists each site with its time, the hardest pull first, and says how shared episodes count', () => {
    renderWithI18n(
      <SiteMinutesView
        sites={[
          { site: 'x.com', minutes: 190, episodes: 9 },
          { site: 'reddit.com', minutes: 45, episodes: 3 },
        ]}
        formats={formats}
      />,
    );

    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('x.com: 3 h 10 min, reddit.com: 45 min');
    expect(tableRows()).toEqual([
      ['x.com', '190'],
      ['reddit.com', '45'],
    ]);
    expect(screen.getByText('A long scroll that moved between sites counts for each of them.')).toBeTruthy();
  });
});

describe('MoodChart', () => {
  const enough = (medianChange: number, counts = { rose: 6, same: 4, fell: 2 }): MoodChange => ({
    enough: true,
    pairs: counts.rose + counts.same + counts.fell,
    averageBefore: 2.5,
    averageAfter: 3.25,
    averageChange: 0.75,
    medianChange,
    ...counts,
  });

  it.each([
    [enough(1), 'Your mood after a kind act was usually higher: the median change is +1.'],
    [enough(0), 'Your mood after a kind act usually stayed the same: the median change is 0.'],
    [
      enough(-0.5),
      'Your mood after a kind act was usually a little lower (median change -0.5). Kindness does not have to feel good every time.',
    ],
  ])('words the median change of the pairs (%#)', (change, sentence) => {
    renderWithI18n(<MoodChart change={change} days={30} formats={formats} />);

    expect(screen.getByText(sentence)).toBeTruthy();
  });

  it('shows how many pairs rose, stayed and fell, and tables averages and the median', () => {
    renderWithI18n(<MoodChart change={enough(1)} days={21} formats={formats} />);

    expect([...document.querySelectorAll('.bar-row')].map((row) => row.textContent)).toEqual([
      'Mood rose6',
      'Stayed the same4',
      'Mood fell2',
    ]);
    expect(tableRows()).toEqual([
      ['Before', '2.5'],
      ['After', '3.3'],
      ['Change', '+0.8'],
      ['Median change', '+1'],
    ]);
    expect(document.querySelector('caption')?.textContent).toBe(
      'From 12 kind acts with a check-in before and after, over the last 21 days.',
    );
  });

  it('says honestly that there are not enough check-ins yet, with no chart and no figure', () => {
    renderWithI18n(<MoodChart change={{ enough: false, pairs: 1, needed: 5 }} days={90} formats={formats} />);

    expect(
      screen.getByText('Not enough check-ins yet: 1 of the 5 pairs needed before Outward shows a figure.'),
    ).toBeTruthy();
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
    expect(document.querySelectorAll('.bar-fill')).toHaveLength(3);
  });

  it('says where kind acts will show when there are none yet', () => {
    renderWithI18n(<CategoryChart counts={[{ category: 'connect', acts: 0 }]} formats={formats} />);

    expect(screen.getByText('Your kind acts will be sorted here by kind.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
