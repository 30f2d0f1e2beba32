import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DeleteAllControl } from '@/components/options/delete-all-control';
import type { DeleteAllResult } from '@/utils/domain/data/outcomes';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const cleared: DeleteAllResult = { history: 'cleared', removed: { episodes: 4, nudges: 3, acts: 2, checkins: 1 } };

function setup(result: DeleteAllResult = cleared) {
  const deleteAll = vi.fn(() => Promise.resolve(result));
  renderWithI18n(<DeleteAllControl deleteAll={deleteAll} />);
  return deleteAll;
}
const button = (name: string) => screen.getByRole('button', { name });

describe('DeleteAllControl', () => {
  it('only asks on the first click, with focus on the question', async () => {
    const deleteAll = setup();

    fireEvent.click(button('Delete all my data…'));

    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Delete everything?' })),
    );
    expect(deleteAll).not.toHaveBeenCalled();
  });

  it('keeps everything when the person changes their mind', async () => {
    const deleteAll = setup();

    fireEvent.click(button('Delete all my data…'));
    fireEvent.click(button('Keep my data'));

    await waitFor(() => expect(document.activeElement).toBe(button('Delete all my data…')));
    expect(deleteAll).not.toHaveBeenCalled();
  });

  it('deletes on the second, explicit button and says how much went', async () => {
    const deleteAll = setup();

    fireEvent.click(button('Delete all my data…'));
    fireEvent.click(button('Yes, delete everything'));

    await waitFor(() =>
      expect(screen.getByText('Done. 10 records were deleted and your settings are back to the start.')).toBeTruthy(),
    );
    expect(deleteAll).toHaveBeenCalledTimes(1);
  });

  it('says when the history could not be reached in this browser mode', async () => {
    setup({ history: 'unavailable', removed: { episodes: 0, nudges: 0, acts: 0, checkins: 0 } });

    fireEvent.click(button('Delete all my data…'));
    fireEvent.click(button('Yes, delete everything'));

    await waitFor(() => expect(screen.getByText(/There was no history to delete in this browser mode/)).toBeTruthy());
  });
});
