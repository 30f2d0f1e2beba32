import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CausesEditor } from '@/components/options/causes-editor';
import type { Cause } from '@/utils/domain/settings/schema';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const bank: Cause = { id: 'c-bank', name: 'Food bank', url: 'https://food.example/give', impact: '' };

function setup(causes: Cause[] = [bank]) {
  const save = vi.fn((_causes: Cause[]) => Promise.resolve());
  renderWithI18n(<CausesEditor causes={causes} newId={() => 'c-new'} save={save} />);
  // The add form is folded behind its button.
  fireEvent.click(screen.getByRole('button', { name: 'Add a cause' }));
  return save;
}
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const status = () => document.getElementById('cause-status')?.textContent;

describe('CausesEditor', () => {
  it('adds a cause with its https page and what a gift does', async () => {
    const save = setup([]);

    type('Name', 'Shelter');
    type('Donation or volunteering page', 'shelter.example/volunteer');
    type('What a small gift does (optional)', 'A bed for a night');
    fireEvent.click(screen.getByRole('button', { name: 'Add cause' }));

    await waitFor(() => expect(status()).toBe('Saved'));
    expect(save).toHaveBeenCalledWith([
      { id: 'c-new', name: 'Shelter', url: 'https://shelter.example/volunteer', impact: 'A bed for a night' },
    ]);
  });

  it.each([
    ['mailto:give@example.org', 'Please use a web page address that starts with https://.'],
    [
      'javascript:alert(1)',
      'Outward only opens https, email (mailto:) and text-message (sms:) links, so it cannot keep this one.',
    ],
  ])('refuses the link %j with a message', async (url, message) => {
    const save = setup([]);

    type('Name', 'Shelter');
    type('Donation or volunteering page', url);
    fireEvent.click(screen.getByRole('button', { name: 'Add cause' }));

    await waitFor(() => expect(screen.getByText(message)).toBeTruthy());
    expect(save).not.toHaveBeenCalled();
  });

  it('edits the impact text of a cause', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Food bank' }));
    type('What a small gift does (optional)', '5 € is a meal');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(status()).toBe('Saved'));
    expect(save).toHaveBeenCalledWith([{ ...bank, impact: '5 € is a meal' }]);
  });

  it('removes a cause', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Food bank' }));

    await waitFor(() => expect(status()).toBe('Removed Food bank.'));
    expect(save).toHaveBeenCalledWith([]);
  });
});
