import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_WINDOW_MS, UndoButton } from '@/components/popup/undo-button';
import { renderWithI18n } from '@/tests/unit/helpers/render';

function draw(undo: () => Promise<void> = () => Promise.resolve()) {
  const onUndone = vi.fn();
  const onExpired = vi.fn();
  renderWithI18n(<UndoButton label="Undo check-in" undo={undo} onUndone={onUndone} onExpired={onExpired} />);
  return { onUndone, onExpired, button: () => screen.getByRole('button', { name: 'Undo check-in' }) };
}

describe('UndoButton', () => {
  it('shows the word Undo, named for what it takes back, without taking focus', () => {
    const { button } = draw();

    expect(button().textContent).toBe('Undo');
    expect(document.activeElement).not.toBe(button());
  });

  it('takes the record back on a click and says whether it had focus', async () => {
    const undo = vi.fn(() => Promise.resolve());
    const { onUndone, button } = draw(undo);

    button().focus();
    fireEvent.click(button());

    await waitFor(() => expect(onUndone).toHaveBeenCalledWith(true));
    expect(undo).toHaveBeenCalledTimes(1);
  });

  describe('its window', () => {
    beforeEach(() => {
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('ends after eight seconds, not before', async () => {
      const { onExpired } = draw();

      await act(() => void vi.advanceTimersByTime(UNDO_WINDOW_MS - 1));
      expect(onExpired).not.toHaveBeenCalled();
      await act(() => void vi.advanceTimersByTime(1));

      expect(onExpired).toHaveBeenCalledTimes(1);
      expect(UNDO_WINDOW_MS).toBe(8_000);
    });

    it('stays while it has focus, and goes once the focus moves on', async () => {
      const { onExpired, button } = draw();

      await act(() => button().focus());
      await act(() => void vi.advanceTimersByTime(UNDO_WINDOW_MS * 3));
      expect(onExpired).not.toHaveBeenCalled();
      await act(() => button().blur());

      expect(onExpired).toHaveBeenCalledTimes(1);
    });
  });

  it('says why when the record could not be taken back, and can be pressed again', async () => {
    const undo = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('history unavailable'))
      .mockResolvedValueOnce(undefined);
    const { onUndone, button } = draw(undo);

    fireEvent.click(button());
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not undo: history unavailable'));
    expect(onUndone).not.toHaveBeenCalled();
    fireEvent.click(button());

    await waitFor(() => expect(onUndone).toHaveBeenCalledWith(false));
  });
});
