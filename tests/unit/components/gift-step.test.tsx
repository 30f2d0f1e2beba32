import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ActPanel, type ActPanelActions } from '@/components/popup/act-panel';
import { aResolvedAct } from '@/tests/unit/helpers/acts';
import { renderWithI18n } from '../helpers/render';

const gift = aResolvedAct({ id: 'small-gift', title: 'Give to GiveWell', cost: 'money', causeId: 'starter-x' });
const plan = { usualAmount: 2, currency: 'EUR' };

function actions(): ActPanelActions {
  return {
    start: vi.fn(() => Promise.resolve(true)),
    another: vi.fn(() => Promise.resolve(null)),
    complete: vi.fn(() => Promise.resolve()),
    letGo: vi.fn(() => Promise.resolve()),
  };
}
const button = (name: string) => screen.getByRole('button', { name });

/** *Done* on a giving act, then the gift step, whose code loads when it is first shown. */
async function finishGivingAct(acting: ActPanelActions) {
  renderWithI18n(
    <ActPanel
      offered={null}
      pending={{ act: gift, nudgeId: null, startedAt: 1, recordId: 'act-1' }}
      actions={acting}
      gift={plan}
    />,
  );
  fireEvent.click(button('Done'));
  await screen.findByRole('group', { name: 'Did you give? How much?' });
}

describe('the gift step after a giving act', () => {
  it('asks what was given with the usual amount prefilled', async () => {
    await finishGivingAct(actions());

    expect(screen.getByRole('group', { name: 'Did you give? How much?' })).toBeTruthy();
    expect((screen.getByLabelText('Amount in EUR') as HTMLInputElement).value).toBe('2');
    expect(button('No, not this time')).toBeTruthy();
  });

  it('records the amount the person typed, in the plan’s currency', async () => {
    const acting = actions();
    await finishGivingAct(acting);

    fireEvent.input(screen.getByLabelText('Amount in EUR'), { target: { value: '3,50' } });
    fireEvent.click(button('I gave this'));
    fireEvent.click(button('Save'));

    await waitFor(() => expect(acting.complete).toHaveBeenCalledWith('', null, { amount: 3.5, currency: 'EUR' }));
  });

  it('records nothing as given after No, not this time', async () => {
    const acting = actions();
    await finishGivingAct(acting);

    fireEvent.click(button('No, not this time'));
    fireEvent.click(button('Save'));

    await waitFor(() => expect(acting.complete).toHaveBeenCalledWith('', null, null));
  });

  it('refuses an amount that is not above zero and keeps asking', async () => {
    await finishGivingAct(actions());

    fireEvent.input(screen.getByLabelText('Amount in EUR'), { target: { value: '0' } });
    fireEvent.click(button('I gave this'));

    expect(screen.getByRole('alert').textContent).toBe('Enter an amount above zero, in whole cents.');
    expect(screen.getByRole('group', { name: 'Did you give? How much?' })).toBeTruthy();
  });

  it('does not ask after an act that costs nothing', () => {
    renderWithI18n(
      <ActPanel
        offered={null}
        pending={{ act: aResolvedAct(), nudgeId: null, startedAt: 1, recordId: 'act-1' }}
        actions={actions()}
        gift={plan}
      />,
    );

    fireEvent.click(button('Done'));

    expect(screen.queryByRole('group', { name: 'Did you give? How much?' })).toBeNull();
    expect(button('Save')).toBeTruthy();
  });
});
