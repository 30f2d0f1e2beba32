import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OwnActForm, type OwnAct } from '@/components/popup/own-act-form';
import { renderWithI18n } from '../../helpers/render';

describe('OwnActForm', () => {
  it('saves what the person did, its kind, for whom and a note, trimmed', async () => {
    const save = vi.fn((act: OwnAct) => Promise.resolve(void act));
    renderWithI18n(<OwnActForm save={save} onCancel={() => undefined} />);

    fireEvent.input(screen.getByLabelText('What did you do?'), { target: { value: ' Called Grandma ' } });
    fireEvent.change(screen.getByLabelText('Kind of act'), { target: { value: 'support' } });
    fireEvent.input(screen.getByLabelText('For whom (optional)'), { target: { value: 'Grandma' } });
    fireEvent.input(screen.getByLabelText('A note for your journal (optional)'), { target: { value: 'She laughed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(save).toHaveBeenCalledWith({
        title: 'Called Grandma',
        category: 'support',
        forWhom: 'Grandma',
        note: 'She laughed',
      }),
    );
  });

  it('asks for what was done before saving anything', () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<OwnActForm save={save} onCancel={() => undefined} />);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(screen.getByRole('alert').textContent).toBe('Please fill this in.');
    expect(save).not.toHaveBeenCalled();
  });
});
