import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { QuietHoursSetting } from '@/components/options/quiet-hours-setting';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const hours = { enabled: false, start: '22:00', end: '07:00' };

describe('QuietHoursSetting', () => {
  it('turns quiet hours on, keeping the times', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<QuietHoursSetting value={hours} save={save} />);

    fireEvent.click(screen.getByLabelText('No nudges during quiet hours'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith({ enabled: true, start: '22:00', end: '07:00' });
  });

  it('saves a range that runs past midnight', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<QuietHoursSetting value={{ ...hours, enabled: true }} save={save} />);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '23:30' } });

    await waitFor(() => expect(save).toHaveBeenCalledWith({ enabled: true, start: '23:30', end: '07:00' }));
  });

  it('does not send an emptied time and says what is needed', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<QuietHoursSetting value={hours} save={save} />);

    fireEvent.change(screen.getByLabelText('Until'), { target: { value: '' } });

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Please enter both times, as hours and minutes.'),
    );
    expect(screen.getByLabelText('Until').getAttribute('aria-invalid')).toBe('true');
    expect(save).not.toHaveBeenCalled();
  });
});
