import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { StyleChoice } from '@/components/style-choice';
import { renderWithI18n } from '../helpers/render';

describe('StyleChoice', () => {
  it('shows the three styles as a labelled radio group with the stored one checked', () => {
    renderWithI18n(<StyleChoice legend="Style" value="gentle" save={vi.fn()} />);

    expect(screen.getByRole('group', { name: 'Style' })).toBeTruthy();
    expect((screen.getByLabelText('Gentle') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Standard') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByLabelText('Firm').getAttribute('aria-describedby')).toBe('style-firm-hint');
  });

  it('saves the chosen style and says so', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<StyleChoice legend="Style" value="standard" save={save} />);

    fireEvent.click(screen.getByLabelText('Firm'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith('firm');
  });

  it('says why a save failed', async () => {
    renderWithI18n(<StyleChoice legend="Style" value="standard" save={() => Promise.reject(new Error('offline'))} />);

    fireEvent.click(screen.getByLabelText('Gentle'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not save: offline'));
  });
});
