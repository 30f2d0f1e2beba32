import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CategorySetting } from '@/components/options/category-setting';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('CategorySetting', () => {
  it('checks the chosen kinds of act', () => {
    renderWithI18n(<CategorySetting value={['connect', 'give']} save={vi.fn()} />);

    expect(box('Reaching out').checked).toBe(true);
    expect(box('Giving').checked).toBe(true);
    expect(box('Thanks').checked).toBe(false);
  });

  it('saves the kinds left after unchecking one, in catalogue order', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<CategorySetting value={['give', 'connect', 'online']} save={save} />);

    fireEvent.click(box('Giving'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith(['connect', 'online']);
  });

  it('keeps the last kind checked and says why', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<CategorySetting value={['support']} save={save} />);

    fireEvent.click(box('Support'));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Please keep at least one kind of act, so Outward has something to suggest.',
      ),
    );
    expect(box('Support').checked).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});
