import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ActPanel, type ActPanelActions } from '@/components/popup/act-panel';
import type { ResolvedAct } from '@/utils/domain/acts/types';
import { renderWithI18n } from '@/tests/unit/helpers/render';

const act = (id: string, title: string): ResolvedAct => ({
  id,
  title,
  howTo: `How to ${title}`,
  why: `Why ${title}`,
  minutes: 2,
  cost: 'free',
  category: 'connect',
  link: null,
});
const first = act('a', 'Text a friend');
const second = act('b', 'Thank a neighbour');

function actions(overrides: Partial<ActPanelActions> = {}): ActPanelActions {
  return {
    start: vi.fn(() => Promise.resolve(true)),
    another: vi.fn(() => Promise.resolve(second)),
    complete: vi.fn(() => Promise.resolve()),
    letGo: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
}
const button = (name: string) => screen.getByRole('button', { name });

describe('ActPanel', () => {
  it('offers the act with its how-to, why, minutes and cost', () => {
    renderWithI18n(<ActPanel offered={first} pending={null} actions={actions()} />);

    expect(screen.getByRole('heading', { name: 'A small kind thing' })).toBeTruthy();
    expect(screen.getByText('Text a friend')).toBeTruthy();
    expect(screen.getByText('How to Text a friend')).toBeTruthy();
    expect(screen.getByText('Why Text a friend')).toBeTruthy();
    expect(screen.getByText('About 2 min · Free')).toBeTruthy();
  });

  it('shows another idea on request, passing the one shown so it is not repeated', async () => {
    const acting = actions();
    renderWithI18n(<ActPanel offered={first} pending={null} actions={acting} />);

    fireEvent.click(button('Another idea'));

    await waitFor(() => expect(screen.getByText('Thank a neighbour')).toBeTruthy());
    expect(acting.another).toHaveBeenCalledWith('a');
  });

  it('moves to in progress on Do it, then records it with a note and mood after Done', async () => {
    const acting = actions();
    renderWithI18n(<ActPanel offered={first} pending={null} actions={acting} />);

    fireEvent.click(button('Do it'));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'In progress' })).toBeTruthy());
    fireEvent.click(button('Done'));
    fireEvent.input(screen.getByLabelText('A note for your journal (optional)'), { target: { value: ' Called Mia ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Good' }));
    fireEvent.click(button('Save'));

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('That was kind. It is in your journal.'));
    expect(acting.start).toHaveBeenCalledWith(first);
    expect(acting.complete).toHaveBeenCalledWith('Called Mia', 4, null);
  });

  it('offers Undo after Done, and says in the same status line that the act was taken back', async () => {
    const undo = vi.fn(() => Promise.resolve());
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: first, nudgeId: null, startedAt: 1, recordId: 'act-record-1' }}
        actions={actions({ undo })}
      />,
    );
    fireEvent.click(button('Done'));
    fireEvent.click(button('Save'));
    const status = await screen.findByText('That was kind. It is in your journal.');

    fireEvent.click(button('Undo: take this act out of your journal'));

    await waitFor(() => expect(status.textContent).toBe('Taken back. It is no longer in your journal.'));
    expect(status.getAttribute('role')).toBe('status');
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('puts the focus on the status line when Undo had it, instead of dropping it', async () => {
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: first, nudgeId: null, startedAt: 1, recordId: 'act-record-1' }}
        actions={actions({ undo: () => Promise.resolve() })}
      />,
    );
    fireEvent.click(button('Done'));
    fireEvent.click(button('Save'));
    const undoButton = await screen.findByRole('button', { name: /^Undo/ });

    undoButton.focus();
    fireEvent.click(undoButton);

    await waitFor(() =>
      expect(document.activeElement?.textContent).toBe('Taken back. It is no longer in your journal.'),
    );
  });

  it('moves the focus from the Done form to the status line once recorded, so Undo is next', async () => {
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: first, nudgeId: null, startedAt: 1, recordId: 'act-record-1' }}
        actions={actions({ undo: () => Promise.resolve() })}
      />,
    );
    fireEvent.click(button('Done'));
    button('Save').focus();

    fireEvent.submit(button('Save').closest('form')!);

    await waitFor(() => expect(document.activeElement?.textContent).toBe('That was kind. It is in your journal.'));
  });

  it('starts in progress when an act was accepted elsewhere (an in-page card)', () => {
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: second, nudgeId: 'n1', startedAt: 1, recordId: 'act-record-1' }}
        actions={actions()}
      />,
    );

    expect(screen.getByRole('heading', { name: 'In progress' })).toBeTruthy();
    expect(screen.getByText('Thank a neighbour')).toBeTruthy();
    expect(button('Didn’t get to it')).toBeTruthy();
  });

  it('keeps Save disabled while the act is being recorded, so a second click sends nothing', async () => {
    let finish = () => undefined as void;
    const complete = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: second, nudgeId: null, startedAt: 1, recordId: 'act-record-1' }}
        actions={actions({ complete })}
      />,
    );
    fireEvent.click(button('Done'));

    fireEvent.click(button('Save'));
    await waitFor(() => expect((button('Save') as HTMLButtonElement).disabled).toBe(true));
    fireEvent.click(button('Save'));
    finish();

    await waitFor(() => expect(screen.getByRole('status')).toBeTruthy());
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it('lets an act go without guilt', async () => {
    const acting = actions();
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: second, nudgeId: null, startedAt: 1, recordId: 'act-record-1' }}
        actions={acting}
      />,
    );

    fireEvent.click(button('Didn’t get to it'));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('That is fine. There will be other moments.'),
    );
    expect(acting.letGo).toHaveBeenCalled();
  });

  it('says plainly when a link was refused and stays on the offer', async () => {
    renderWithI18n(
      <ActPanel offered={first} pending={null} actions={actions({ start: () => Promise.resolve(false) })} />,
    );

    fireEvent.click(button('Do it'));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not opened/));
    expect(screen.getByRole('heading', { name: 'A small kind thing' })).toBeTruthy();
  });

  it('shows why saving failed and keeps the form', async () => {
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: first, nudgeId: null, startedAt: 1, recordId: 'act-record-1' }}
        actions={actions({ complete: () => Promise.reject(new Error('history unavailable')) })}
      />,
    );

    fireEvent.click(button('Done'));
    fireEvent.click(button('Save'));

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That did not work: history unavailable'));
    expect(button('Save')).toBeTruthy();
  });

  it('steps back gently on Not now, tells the caller, and can bring the idea back', async () => {
    const notNow = vi.fn(() => Promise.resolve());
    renderWithI18n(<ActPanel offered={first} pending={null} actions={{ ...actions(), notNow }} />);

    fireEvent.click(button('Not now'));
    expect(await screen.findByText('Okay. It will keep.')).toBeTruthy();
    expect(notNow).toHaveBeenCalledTimes(1);
    fireEvent.click(button('Show me an idea'));

    expect(screen.getByText('Text a friend')).toBeTruthy();
  });

  it('says so when no act fits', () => {
    renderWithI18n(<ActPanel offered={null} pending={null} actions={actions()} />);

    expect(screen.getByText(/No idea fits your choices/)).toBeTruthy();
  });
});
