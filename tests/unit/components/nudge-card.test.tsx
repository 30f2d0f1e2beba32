import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { NudgeCard, type NudgeCardProps } from '@/components/nudge-card';
import { translate } from '../helpers/translate';

const act = {
  title: 'Thank someone whose answer helped you',
  howTo: 'Go back to an answer that solved something for you.',
  why: 'People who help strangers rarely learn that it worked.',
  minutes: 2,
  cost: 'free' as const,
};

function renderCard(overrides: Partial<NudgeCardProps> = {}) {
  const props: NudgeCardProps = {
    act,
    level: 1,
    onDo: vi.fn(),
    onAnother: vi.fn(),
    onNotNow: vi.fn(),
    onPurposeful: vi.fn(),
    onClose: vi.fn(),
    onLeave: vi.fn(),
    ...overrides,
  };
  const view = render(
    <I18nProvider t={translate}>
      <NudgeCard {...props} />
    </I18nProvider>,
  );
  return { props, view, dialog: screen.getByRole('dialog', { name: act.title }) };
}

describe('NudgeCard', () => {
  it('shows the act, its why-line and how long it takes, as a non-modal dialog named by the act', () => {
    const { dialog } = renderCard();

    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toBe(act.howTo);
    expect(dialog.textContent).toContain(act.why);
    expect(dialog.textContent).toContain('About 2 min · Free');
  });

  it('says when an act costs money', () => {
    const { dialog } = renderCard({ act: { ...act, cost: 'money' } });

    expect(dialog.textContent).toContain('Costs a little money');
  });

  it('offers its answers in reading order, as real buttons', () => {
    renderCard();

    const buttons = screen.getAllByRole('button');

    expect(buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent)).toEqual([
      'Close',
      'Do it',
      'Another idea',
      'Not now',
      'I’m here on purpose',
    ]);
    expect(buttons.every((button) => button.tagName === 'BUTTON' && button.getAttribute('type') === 'button')).toBe(
      true,
    );
    expect(buttons.every((button) => button.tabIndex === 0)).toBe(true);
  });

  it.each<[string, keyof NudgeCardProps]>([
    ['Do it', 'onDo'],
    ['Another idea', 'onAnother'],
    ['Not now', 'onNotNow'],
    ['I’m here on purpose', 'onPurposeful'],
    ['Close', 'onClose'],
  ])('reports "%s" through %s only', (name, callback) => {
    const { props } = renderCard();

    fireEvent.click(screen.getByRole('button', { name }));

    const called = (['onDo', 'onAnother', 'onNotNow', 'onPurposeful', 'onClose'] as const).filter(
      (key) => (props[key] as ReturnType<typeof vi.fn>).mock.calls.length > 0,
    );
    expect(called).toEqual([callback]);
  });

  it('closes on Esc from anywhere inside the card, and only on Esc', () => {
    const { props, dialog } = renderCard();

    fireEvent.keyDown(dialog, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Not now' }), { key: 'Escape' });

    expect(props.onClose).toHaveBeenCalledTimes(1);
    expect(props.onNotNow).not.toHaveBeenCalled();
  });

  it('leaves Esc pressed on the page to the page, for corner cards', () => {
    const { props } = renderCard({ level: 2 });

    fireEvent.keyDown(document.body, { key: 'Escape' });

    expect(props.onClose).not.toHaveBeenCalled();
  });

  it('does not take focus from a field the person is typing in', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();

    renderCard();

    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it('leaves focus where it was when a corner card appears, at either level', () => {
    const before = document.activeElement;

    renderCard({ level: 1 }).view.unmount();
    const afterFirst = document.activeElement;
    renderCard({ level: 2 });

    expect([afterFirst, document.activeElement]).toEqual([before, before]);
  });

  it('shows Do it first and strongest, Another idea beside it, and the other answers quieter in their own group', () => {
    renderCard();

    const doIt = screen.getByRole('button', { name: 'Do it' });
    const another = screen.getByRole('button', { name: 'Another idea' });
    const quiet = screen.getByRole('group', { name: 'Other answers' });

    expect(doIt.classList.contains('ow-primary')).toBe(true);
    expect(another.classList.contains('ow-secondary')).toBe(true);
    expect([...quiet.querySelectorAll('button')].map((b) => [b.textContent, b.className])).toEqual([
      ['Not now', 'ow-button ow-text'],
      ['I’m here on purpose', 'ow-button ow-text'],
    ]);
  });

  it('makes the pause screen a modal that takes focus onto itself, not onto a button a key could press', () => {
    const { dialog } = renderCard({ level: 3 });

    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(dialog);
  });

  it('keeps Tab inside the pause screen, both ways round', () => {
    const { dialog } = renderCard({ level: 3 });
    const buttons = [...dialog.querySelectorAll('button')];
    const first = buttons[0]!;
    const last = buttons[buttons.length - 1]!;

    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    const afterLast = document.activeElement;
    fireEvent.keyDown(first, { key: 'Tab', shiftKey: true });
    const afterFirstBack = document.activeElement;
    dialog.focus();
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });

    expect([afterLast, afterFirstBack, document.activeElement]).toEqual([first, last, last]);
  });

  it('offers a slow breath and a way to leave the feed on the pause screen only', () => {
    const { props } = renderCard({ level: 3 });

    fireEvent.click(screen.getByRole('button', { name: 'Close this tab' }));

    expect(screen.getByText('One slow breath in… and out.')).toBeTruthy();
    expect(props.onLeave).toHaveBeenCalledTimes(1);
  });

  it('has no breath and no Close this tab on a corner card', () => {
    renderCard({ level: 2 });

    expect(screen.queryByRole('button', { name: 'Close this tab' })).toBeNull();
    expect(screen.queryByText('One slow breath in… and out.')).toBeNull();
  });

  it('announces the act politely once it is on screen', async () => {
    renderCard();

    await waitFor(() => {
      const live = screen.getAllByRole('status').find((node) => node.getAttribute('aria-live') === 'polite');
      expect(live?.textContent).toBe(`Outward suggests: ${act.title}`);
    });
  });

  it('explains a refused link', () => {
    renderCard({ linkRefused: true });

    expect(screen.getByRole('alert').textContent).toBe(
      'That link was not opened: Outward only opens https, email and text-message links.',
    );
  });

  it('says nothing about links until one is refused', () => {
    renderCard();

    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when there is no other idea to offer', () => {
    const { dialog } = renderCard({ noOtherIdea: true });

    expect(dialog.textContent).toContain('That’s every idea that fits your settings right now.');
  });

  it('grows into a larger card at level 2', () => {
    const { dialog } = renderCard({ level: 2 });

    expect(dialog.classList.contains('ow-level-2')).toBe(true);
    expect(dialog.textContent).toContain('Still scrolling?');
  });

  it('becomes a pause overlay at level 3 that one click, or Esc after a click on it, leaves', () => {
    const { props, dialog } = renderCard({ level: 3 });
    const overlay = dialog.parentElement!;

    fireEvent.click(screen.getByRole('button', { name: 'Back to the page' }));
    fireEvent.click(overlay);
    const focused = document.activeElement;
    fireEvent.keyDown(overlay, { key: 'Escape' });

    expect(overlay.classList.contains('ow-overlay')).toBe(true);
    expect(focused).toBe(dialog);
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('answers one Esc inside the overlay once', () => {
    const { props } = renderCard({ level: 3 });

    fireEvent.keyDown(screen.getByRole('button', { name: 'Do it' }), { key: 'Escape' });

    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('puts no listener on the page: Esc pressed on the page itself is the page’s, even under the overlay', () => {
    const pageListeners = vi.spyOn(document, 'addEventListener');
    const { props } = renderCard({ level: 3 });

    fireEvent.keyDown(document.body, { key: 'Escape' });

    expect(pageListeners).not.toHaveBeenCalled();
    expect(props.onClose).not.toHaveBeenCalled();
  });
});
