import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { PeopleEditor } from '@/components/options/people-editor';
import type { Person } from '@/utils/domain/settings/schema';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const ana: Person = { id: 'p-ana', name: 'Ana', reach: 'mailto:ana@example.com' };

function setup(people: Person[] = [ana], save = vi.fn((_people: Person[]) => Promise.resolve())) {
  renderWithI18n(<PeopleEditor people={people} newId={() => 'p-new'} save={save} />);
  // The add form is folded behind its button.
  fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));
  return save;
}
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const status = () => document.getElementById('person-status')?.textContent;

describe('PeopleEditor', () => {
  it('lists each person as text with how to reach them', () => {
    setup([ana, { id: 'p-bo', name: 'Bo', reach: 'sms:+15551234567' }]);

    expect(screen.getByText('Ana', { selector: '.entry-name' })).toBeTruthy();
    expect(screen.getByText('Email: ana@example.com')).toBeTruthy();
    expect(screen.getByText('Text: +15551234567')).toBeTruthy();
  });

  it('adds a person, turning a phone number into a text-message link, and says "Saved"', async () => {
    const save = setup();

    type('Name', ' Bo ');
    type('How to reach them (optional)', '+1 555 123 4567');
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(status()).toBe('Saved'));
    expect(save).toHaveBeenCalledWith([ana, { id: 'p-new', name: 'Bo', reach: 'sms:+15551234567' }]);
    expect(screen.queryByLabelText('Name')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a person' })));
  });

  it('refuses a javascript: link beside the field, focuses it, and saves nothing', async () => {
    const save = setup();

    type('Name', 'Mallory');
    type('How to reach them (optional)', 'javascript:alert(1)');
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(document.activeElement).toBe(field('How to reach them (optional)')));
    expect(
      screen.getByText(
        'Outward only opens https, email (mailto:) and text-message (sms:) links, so it cannot keep this one.',
      ),
    ).toBeTruthy();
    expect(field('How to reach them (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(status()).toBe('Not saved yet: please look at the marked fields.');
    expect(save).not.toHaveBeenCalled();
  });

  it('refuses a person without a name', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(screen.getByText('Please fill this in.')).toBeTruthy());
    expect(save).not.toHaveBeenCalled();
  });

  it('edits a person in place, keeping their id', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana' }));
    expect(screen.getByRole('heading', { name: 'Edit Ana' })).toBeTruthy();
    expect(field('How to reach them (optional)').value).toBe('mailto:ana@example.com');
    type('Name', 'Ana María');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(status()).toBe('Saved'));
    expect(save).toHaveBeenCalledWith([{ id: 'p-ana', name: 'Ana María', reach: 'mailto:ana@example.com' }]);
    expect(screen.getByRole('button', { name: 'Add a person' })).toBeTruthy();
  });

  it('cancels an edit without saving', () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Edit Ana' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('button', { name: 'Add a person' })).toBeTruthy();
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(save).not.toHaveBeenCalled();
  });

  it('removes a person and keeps focus in the list', async () => {
    const save = setup();

    fireEvent.click(screen.getByRole('button', { name: 'Remove Ana' }));

    await waitFor(() => expect(status()).toBe('Removed Ana.'));
    expect(save).toHaveBeenCalledWith([]);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your people' }));
  });

  it('keeps the add form folded behind "Add a person" until asked for', () => {
    renderWithI18n(<PeopleEditor people={[ana]} newId={() => 'p-new'} save={() => Promise.resolve()} />);

    expect(screen.queryByLabelText('Name')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Add a person' }));

    expect(document.activeElement).toBe(field('Name'));
    expect(screen.getByRole('heading', { name: 'Add a person' })).toBeTruthy();
  });

  it('shows names only as text, never as markup', () => {
    setup([{ id: 'p-x', name: '<img src=x onerror=alert(1)>', reach: null }]);

    expect(screen.getByText('<img src=x onerror=alert(1)>', { selector: '.entry-name' })).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('refuses to add beyond the most people the settings keep', async () => {
    const many = Array.from({ length: 50 }, (_unused, index) => ({ id: `p${index}`, name: `P${index}`, reach: null }));
    const save = setup(many);

    type('Name', 'One more');
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));

    await waitFor(() => expect(status()).toBe('This list is full (50 entries). Remove one to add another.'));
    expect(save).not.toHaveBeenCalled();
  });
});
