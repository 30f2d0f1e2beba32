import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CustomActsEditor } from '@/components/options/custom-acts-editor';
import type { CustomAct } from '@/utils/domain/settings/schema';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const plants: CustomAct = {
  id: 'a-plants',
  title: 'Water the shared plants',
  howTo: '',
  minutes: 2,
  category: 'community',
  cost: 'free',
  link: null,
};

function setup(acts: CustomAct[] = [plants]) {
  const save = vi.fn((_acts: CustomAct[]) => Promise.resolve());
  renderWithI18n(<CustomActsEditor acts={acts} newId={() => 'a-new'} save={save} />);
  // The add form is folded behind its button.
  fireEvent.click(screen.getByRole('button', { name: 'Add an act' }));
  return save;
}
const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const pick = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const status = () => document.getElementById('custom-act-status')?.textContent;

describe('CustomActsEditor', () => {
  it('lists each act with its kind, minutes and cost', () => {
    setup();

    expect(screen.getByText('Water the shared plants', { selector: '.entry-name' })).toBeTruthy();
    expect(screen.getByText('Community · About 2 min · Free')).toBeTruthy();
  });

  it('adds an act with every field chosen', async () => {
    const save = setup([]);

    type('What to do', 'Send a thank-you card');
    type('How (optional)', 'To the bus driver on route 7');
    pick('Minutes it takes', '4');
    pick('Kind of act', 'gratitude');
    pick('Cost', 'money');
    type('Link (optional)', 'mailto:depot@example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Add act' }));

    await waitFor(() => expect(status()).toBe('Saved'));
    expect(save).toHaveBeenCalledWith([
      {
        id: 'a-new',
        title: 'Send a thank-you card',
        howTo: 'To the bus driver on route 7',
        minutes: 4,
        category: 'gratitude',
        cost: 'money',
        link: 'mailto:depot@example.org',
      },
    ]);
  });

  it('refuses an unsafe link and a missing title, beside their fields', async () => {
    const save = setup([]);

    type('Link (optional)', 'data:text/html,hi');
    fireEvent.click(screen.getByRole('button', { name: 'Add act' }));

    await waitFor(() => expect(screen.getByText('Please fill this in.')).toBeTruthy());
    expect(
      screen.getByText(
        'Outward only opens https, email (mailto:) and text-message (sms:) links, so it cannot keep this one.',
      ),
    ).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('What to do'));
    expect(save).not.toHaveBeenCalled();
  });

  it('edits an act, keeping its id', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Water the shared plants' }));
    pick('Minutes it takes', '5');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(status()).toBe('Saved'));
    expect(save).toHaveBeenCalledWith([{ ...plants, minutes: 5 }]);
  });

  it('removes an act', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Water the shared plants' }));

    await waitFor(() => expect(status()).toBe('Removed Water the shared plants.'));
    expect(save).toHaveBeenCalledWith([]);
  });
});
