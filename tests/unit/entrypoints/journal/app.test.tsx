import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App, JOURNAL_READY_MARK } from '@/entrypoints/journal/App';
import { renderWithI18n } from '@/tests/unit/helpers/render';

afterEach(() => {
  performance.clearMarks(JOURNAL_READY_MARK);
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
