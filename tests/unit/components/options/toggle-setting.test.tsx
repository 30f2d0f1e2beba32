import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SaveRefused } from '@/components/options/save-status';
import { ToggleSetting } from '@/components/options/toggle-setting';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const box = () => screen.getByLabelText('Show the badge') as HTMLInputElement;

describe('ToggleSetting', () => {
  it('saves the new state and says "Saved"', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<ToggleSetting id="badge" label="Show the badge" hint="A number" value={false} save={save} />);

    fireEvent.click(box());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith(true);
    expect(box().checked).toBe(true);
    expect(box().getAttribute('aria-describedby')).toBe('badge-hint badge-status');
  });

  it('goes back and shows the refusal as worded when the save is refused', async () => {
    const save = vi.fn(() => Promise.reject(new SaveRefused('Notifications stay off.')));
    renderWithI18n(<ToggleSetting id="n" label="Show the badge" value={false} save={save} />);

    fireEvent.click(box());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Notifications stay off.'));
    expect(box().checked).toBe(false);
  });

  it('follows a change made elsewhere', () => {
    const { rerender } = renderWithI18n(<ToggleSetting id="b" label="Show the badge" value={false} save={vi.fn()} />);

    rerender(<ToggleSetting id="b" label="Show the badge" value={true} save={vi.fn()} />);

    expect(box().checked).toBe(true);
  });
});
