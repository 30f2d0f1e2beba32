import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceSetting } from '@/components/options/choice-setting';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const choices = [
  { value: 'low', label: 'Relaxed', hint: 'Later' },
  { value: 'high', label: 'Attentive' },
] as const;

describe('ChoiceSetting', () => {
  it('shows the choices as a named radio group with the stored one checked', () => {
    renderWithI18n(<ChoiceSetting id="s" legend="Sensitivity" choices={choices} value="low" save={vi.fn()} />);

    expect(screen.getByRole('group', { name: 'Sensitivity' })).toBeTruthy();
    expect((screen.getByLabelText('Relaxed') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByLabelText('Relaxed').getAttribute('aria-describedby')).toBe('s-low-hint');
  });

  it('saves a choice and says "Saved"', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<ChoiceSetting id="s" legend="Sensitivity" choices={choices} value="low" save={save} />);

    fireEvent.click(screen.getByLabelText('Attentive'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith('high');
  });

  it('goes back to the stored choice when the save fails', async () => {
    const save = vi.fn(() => Promise.reject(new Error('offline')));
    renderWithI18n(<ChoiceSetting id="s" legend="Sensitivity" choices={choices} value="low" save={save} />);

    fireEvent.click(screen.getByLabelText('Attentive'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not save: offline'));
    expect((screen.getByLabelText('Relaxed') as HTMLInputElement).checked).toBe(true);
  });
});
