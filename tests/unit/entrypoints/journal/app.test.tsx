import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App, JOURNAL_READY_MARK } from '@/entrypoints/journal/App';
import { JOURNAL_RANGE_MARK } from '@/entrypoints/journal/journal-body';
import { loadJournal } from '@/entrypoints/journal/load-journal';
import { actsRepo } from '@/utils/platform/db/repos';
import { HISTORY_DB_NAME } from '@/utils/platform/db/schema';
import { closeHistoryDb, getHistoryDb } from '@/utils/platform/history-status';
import { localDayKeyOf } from '@/utils/platform/time-zone';
import { anAct } from '@/tests/unit/helpers/history-records';
import { renderWithI18n } from '@/tests/unit/helpers/render';

afterEach(() => {
  performance.clearMarks(JOURNAL_READY_MARK);
  performance.clearMarks(JOURNAL_RANGE_MARK);
});

describe('journal App', () => {
  it('says plainly when history cannot be kept, and marks the page ready', async () => {
    renderWithI18n(<App journal={Promise.resolve({ status: 'unavailable' })} />);

    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/history/i));
    await waitFor(() => expect(performance.getEntriesByName(JOURNAL_READY_MARK)).toHaveLength(1));
  });

  it('welcomes a first visit when there is no history yet', async () => {
    renderWithI18n(<App journal={Promise.resolve({ status: 'empty' })} />);

    await waitFor(() => expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your journal starts here'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says something went wrong when the journal could not be read', async () => {
    renderWithI18n(<App journal={Promise.reject(new Error('broken'))} />);

    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Something went wrong. Your data is safe; please try again.'),
    );
  });
});

describe('journal App with history', () => {
  // Local noon of a fixed day, so records a little earlier fall on the same local day in any zone.
  const now = new Date(2026, 5, 17, 12, 0, 0, 0).getTime();

  afterEach(async () => {
    await closeHistoryDb();
    await new Promise((resolve) => (indexedDB.deleteDatabase(HISTORY_DB_NAME).onsuccess = resolve));
  });

  it('notes the day of the first gift quietly in the timeline', async () => {
    const history = await getHistoryDb();
    if (!history.ok) throw new Error(history.message);
    const given = { amount: 3, currency: 'EUR', causeId: null };
    await actsRepo.add(history.db, anAct('earlier', now - 3 * 86_400_000), localDayKeyOf());
    await actsRepo.add(history.db, anAct('gift', now - 60_000, { actId: 'small-gift', given }), localDayKeyOf());

    renderWithI18n(<App journal={loadJournal(now)} />);

    expect(await screen.findByText('Your first gift recorded with Outward.')).toBeTruthy();
    expect(screen.getAllByText('Your first gift recorded with Outward.')).toHaveLength(1);
  });

  it('marks each range switch once its charts are drawn, for the benchmark', async () => {
    const history = await getHistoryDb();
    if (!history.ok) throw new Error(history.message);
    await actsRepo.add(history.db, anAct('old', now - 60 * 86_400_000), localDayKeyOf());
    await actsRepo.add(history.db, anAct('new', now - 60_000), localDayKeyOf());
    renderWithI18n(<App journal={loadJournal(now)} />);
    const weeks = await screen.findByRole('radio', { name: '12 weeks' });
    await waitFor(() => expect(performance.getEntriesByName(JOURNAL_READY_MARK)).toHaveLength(1));

    expect(performance.getEntriesByName(JOURNAL_RANGE_MARK)).toHaveLength(0);
    fireEvent.click(weeks);

    await waitFor(() => expect(performance.getEntriesByName(JOURNAL_RANGE_MARK)).toHaveLength(1));
    expect(screen.getByRole('table', { name: /12 weeks/ })).toBeTruthy();
    // Back to the range it opened with: its charts are drawn again, and marked again.
    fireEvent.click(screen.getByRole('radio', { name: '30 days' }));
    await waitFor(() => expect(performance.getEntriesByName(JOURNAL_RANGE_MARK)).toHaveLength(2));
  });
});
