import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App as Popup } from '@/entrypoints/popup/App';
import { loadPopup } from '@/entrypoints/popup/data';
import { writeOfferedAct } from '@/utils/platform/storage/act-store';
import { renderWithI18n } from '@/tests/unit/helpers/render';
import { aResolvedAct } from '@/tests/unit/helpers/acts';
import { storedRecords, usePopupWorld } from '@/tests/unit/helpers/popup-world';

/* *Undo* in the popup takes back exactly what was just recorded, through the background's own correction. */

usePopupWorld();

const button = (name: string | RegExp) => screen.findByRole('button', { name });
/** The popup's "Kind acts today" figure, as shown. */
const actsToday = () => screen.queryByText('Kind acts today')?.nextElementSibling?.textContent;

describe('Undo in the popup', () => {
  it('takes a done act and its mood after out of the history, and the figures go back at once', async () => {
    await writeOfferedAct(aResolvedAct());
    renderWithI18n(<Popup popup={loadPopup()} />);
    fireEvent.click(await button('Do it'));
    fireEvent.click(await button('Done'));
    fireEvent.click(await screen.findByRole('radio', { name: 'Good' }));
    fireEvent.click(await button('Save'));
    await waitFor(() => expect(actsToday()).toBe('1'));
    expect(await storedRecords('checkins')).toHaveLength(1);

    fireEvent.click(await button('Undo: take this act out of your journal'));

    await waitFor(() => expect(actsToday()).toBe('0'));
    expect(await storedRecords('acts')).toEqual([]);
    expect(await storedRecords('checkins')).toEqual([]);
    expect(screen.getByText('Taken back. It is no longer in your journal.').getAttribute('role')).toBe('status');
  });

  it('takes back only the act when no mood after was given, leaving the check-in before it', async () => {
    await writeOfferedAct(aResolvedAct());
    renderWithI18n(<Popup popup={loadPopup()} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Low' }));
    await screen.findByText(/^Noted/);
    fireEvent.click(await button('Do it'));
    fireEvent.click(await button('Done'));
    fireEvent.click(await button('Save'));
    await waitFor(() => expect(actsToday()).toBe('1'));

    fireEvent.click(await button('Undo: take this act out of your journal'));

    await waitFor(() => expect(actsToday()).toBe('0'));
    expect(await storedRecords('acts')).toEqual([]);
    expect(await storedRecords('checkins')).toEqual([expect.objectContaining({ mood: 2 })]);
  });

  it('takes a check-in back and leaves the scale empty', async () => {
    renderWithI18n(<Popup popup={loadPopup()} />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Okay' }));
    await waitFor(async () => expect(await storedRecords('checkins')).toHaveLength(1));

    fireEvent.click(await button('Undo check-in'));

    await screen.findByText('Check-in taken back.');
    expect(await storedRecords('checkins')).toEqual([]);
    expect(screen.getAllByRole<HTMLInputElement>('radio').some((radio) => radio.checked)).toBe(false);
  });

  it('takes back a kind act done on its own', async () => {
    renderWithI18n(<Popup popup={loadPopup()} />);
    fireEvent.click(await button('I did something kind on my own'));
    fireEvent.input(await screen.findByLabelText('What did you do?'), { target: { value: 'Helped with a flat tyre' } });
    const save = await button('Save');
    save.focus();
    fireEvent.click(save);
    await waitFor(() => expect(actsToday()).toBe('1'));
    // The form went away with the focus in it: the focus is on what was recorded, Undo one Tab on.
    expect(document.activeElement?.textContent).toBe('That was kind. It is in your journal.');

    fireEvent.click(await button('Undo: take this act out of your journal'));

    await waitFor(() => expect(actsToday()).toBe('0'));
    expect(await storedRecords('acts')).toEqual([]);
  });
});
