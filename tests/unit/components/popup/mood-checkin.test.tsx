import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MoodCheckin } from '@/components/popup/mood-checkin';
import { renderWithI18n } from '@/tests/unit/helpers/render';

describe('MoodCheckin', () => {
  it('saves a check-in with one tap and says it can be changed', async () => {
    const save = vi.fn((mood: 1 | 2 | 3 | 4 | 5, note: string) => Promise.resolve({ id: 'c1', mood, note }));
    renderWithI18n(<MoodCheckin legend="How are you feeling?" save={save} />);

    fireEvent.click(screen.getByRole('radio', { name: 'Okay' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Noted. You can change it for a few minutes.'),
    );
    expect(save).toHaveBeenCalledWith(3, '', null);
  });

  it('changes the same check-in on a second tap and when a note is added', async () => {
    const save = vi.fn((mood: 1 | 2 | 3 | 4 | 5, note: string) => Promise.resolve({ id: 'c1', mood, note }));
    renderWithI18n(<MoodCheckin legend="Mood" save={save} />);

    fireEvent.click(screen.getByRole('radio', { name: 'Low' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    fireEvent.click(screen.getByRole('radio', { name: 'Okay' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    fireEvent.click(screen.getByRole('button', { name: 'Add a note' }));
    fireEvent.input(screen.getByLabelText('A note for yourself (optional)'), { target: { value: 'tired ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));

    await waitFor(() => expect(save).toHaveBeenCalledTimes(3));
    expect(save.mock.calls.map((call) => call.slice())).toEqual([
      [2, '', null],
      [3, '', 'c1'],
      [3, 'tired', 'c1'],
    ]);
  });

  it('says why a check-in could not be saved', async () => {
    renderWithI18n(<MoodCheckin legend="Mood" save={() => Promise.reject(new Error('history unavailable'))} />);

    fireEvent.click(screen.getByRole('radio', { name: 'Great' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your check-in could not be saved: history unavailable'),
    );
  });
});
