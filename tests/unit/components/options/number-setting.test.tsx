import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { NumberSetting } from '@/components/options/number-setting';
import { renderWithI18n } from '@/tests/unit/helpers/render';

function setup(save = vi.fn(() => Promise.resolve())) {
  renderWithI18n(
    <NumberSetting id="m" label="Minutes" hint="From 1 to 120" min={1} max={120} value={15} save={save} />,
  );
  return { save, input: screen.getByLabelText('Minutes') as HTMLInputElement };
}

describe('NumberSetting', () => {
  it('shows the current value in a labelled field with its hint', () => {
    const { input } = setup();

    expect(input.value).toBe('15');
    expect(input.getAttribute('aria-describedby')).toContain('m-hint');
  });

  it('saves a valid value when the field is committed and says "Saved"', async () => {
    const { input, save } = setup();

    fireEvent.input(input, { target: { value: '20' } });
    fireEvent.change(input, { target: { value: '20' } });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith(20);
  });

  it.each([['0'], ['121'], ['4.5'], ['abc'], ['']])(
    'explains and does not save the out-of-range value %j',
    async (value) => {
      const { input, save } = setup();

      fireEvent.change(input, { target: { value } });

      await waitFor(() =>
        expect(screen.getByRole('status').textContent).toBe('Please enter a whole number from 1 to 120.'),
      );
      expect(save).not.toHaveBeenCalled();
      expect(input.getAttribute('aria-invalid')).toBe('true');
    },
  );

  it('shows why a save failed', async () => {
    const { input } = setup(vi.fn(() => Promise.reject(new Error('storage full'))));

    fireEvent.change(input, { target: { value: '30' } });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not save: storage full'));
  });
});

describe('NumberSetting with allowBlank', () => {
  it('saves an emptied field as null, meaning "use the general value"', async () => {
    const save = vi.fn(() => Promise.resolve());
    renderWithI18n(<NumberSetting id="s" label="Here" min={1} max={120} allowBlank value={30} save={save} />);

    fireEvent.change(screen.getByLabelText('Here'), { target: { value: '' } });

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
    expect(save).toHaveBeenCalledWith(null);
  });

  it('shows no number when the value is null', () => {
    renderWithI18n(<NumberSetting id="s" label="Here" min={1} max={120} allowBlank value={null} save={vi.fn()} />);

    expect((screen.getByLabelText('Here') as HTMLInputElement).value).toBe('');
  });
});

describe('NumberSetting kept in step', () => {
  it('shows a value changed elsewhere', () => {
    const { rerender } = renderWithI18n(
      <NumberSetting id="m" label="Minutes" min={1} max={120} value={15} save={vi.fn()} />,
    );

    rerender(<NumberSetting id="m" label="Minutes" min={1} max={120} value={25} save={vi.fn()} />);

    expect((screen.getByLabelText('Minutes') as HTMLInputElement).value).toBe('25');
  });
});
