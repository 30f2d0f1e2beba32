import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MoodCheckin, type SavedCheckin } from '@/components/popup/mood-checkin';
import { renderWithI18n } from '@/tests/unit/helpers/render';

/** 14:02 local on a fixed day, and a clock a little later. */
const AT = new Date(2026, 5, 17, 14, 2).getTime();
const clock = (offsetMs: number) => () => AT + offsetMs;
const formatTime = () => '14:02';
const saving = () =>
  vi.fn((mood: 1 | 2 | 3 | 4 | 5, note: string) => Promise.resolve<SavedCheckin>({ id: 'c1', at: AT, mood, note }));

describe('MoodCheckin', () => {
  it('saves a check-in with one tap and says it can be changed', async () => {
    const save = saving();
    renderWithI18n(
      <MoodCheckin legend="How are you feeling?" initial={null} now={clock(0)} formatTime={formatTime} save={save} />,
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Okay' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Noted. You can change it for a few minutes.'),
    );
    expect(save).toHaveBeenCalledWith(3, '', null);
  });

  it('changes the same check-in on a second tap and when a note is added', async () => {
    const save = saving();
    renderWithI18n(<MoodCheckin legend="Mood" initial={null} now={clock(0)} formatTime={formatTime} save={save} />);

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

  it("shows today's check-in chosen when reopened within the edit window, and changes that one", async () => {
    const save = saving();
    const initial: SavedCheckin = { id: 'c1', at: AT, mood: 3, note: '' };
    renderWithI18n(
      <MoodCheckin legend="Mood" initial={initial} now={clock(60_000)} formatTime={formatTime} save={save} />,
    );

    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Okay' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: 'Good' }));

    await waitFor(() => expect(save).toHaveBeenCalledWith(4, '', 'c1'));
  });

  it("words today's older check-in as one line and offers a new one", async () => {
    const save = saving();
    const initial: SavedCheckin = { id: 'c1', at: AT, mood: 3, note: '' };
    renderWithI18n(
      <MoodCheckin legend="Mood" initial={initial} now={clock(3_600_000)} formatTime={formatTime} save={save} />,
    );

    expect(screen.getByText('Checked in at 14:02 — Okay')).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Check in again' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Good' }));

    await waitFor(() => expect(save).toHaveBeenCalledWith(4, '', null));
  });

  it('offers Undo after a check-in, which removes that one and clears the scale', async () => {
    const undo = vi.fn(() => Promise.resolve());
    const onUndone = vi.fn();
    renderWithI18n(
      <MoodCheckin
        legend="Mood"
        initial={null}
        now={clock(0)}
        formatTime={formatTime}
        save={saving()}
        undo={undo}
        onUndone={onUndone}
      />,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Good' }));

    fireEvent.click(await screen.findByRole('button', { name: 'Undo check-in' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Check-in taken back.'));
    expect(undo).toHaveBeenCalledWith('c1');
    expect(onUndone).toHaveBeenCalledTimes(1);
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((radio) => radio.checked)).toBe(false);
    expect(screen.queryByRole('button', { name: 'Undo check-in' })).toBeNull();
  });

  it('says why a check-in could not be saved', async () => {
    renderWithI18n(
      <MoodCheckin
        legend="Mood"
        initial={null}
        now={clock(0)}
        formatTime={formatTime}
        save={() => Promise.reject(new Error('history unavailable'))}
      />,
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Great' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Your check-in could not be saved: history unavailable'),
    );
  });
});
