import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GivingPlan } from '@/components/giving/giving-plan';
import { GivenFigures } from '@/components/journal/given-section';
import { summariseGiven } from '@/utils/domain/giving/given-sums';
import { createDefaultSettings } from '@/utils/domain/settings/defaults';
import { renderWithI18n } from '../helpers/render';

function plan(locale = 'en-GB') {
  const settings = createDefaultSettings();
  const save = vi.fn(() => Promise.resolve());
  renderWithI18n(<GivingPlan settings={settings} save={save} locale={locale} />);
  return save;
}

describe('GivingPlan', () => {
  it('says plainly that Outward never handles money', () => {
    plan();

    expect(screen.getByText(/Outward never handles money and never sees a payment/)).toBeTruthy();
  });

  it('offers the starter causes of the browser language’s country, none of them chosen', () => {
    plan('en-GB');

    const add = screen.getByRole('button', { name: 'Add The Trussell Trust' });
    expect(add.getAttribute('aria-pressed')).toBe('false');
  });

  it('adds a starter cause with one click, with its own giving page and what it does', async () => {
    const save = plan('en-GB');

    fireEvent.click(screen.getByRole('button', { name: 'Add The Trussell Trust' }));

    await waitFor(() =>
      expect(save).toHaveBeenCalledWith({
        acts: {
          causes: [
            expect.objectContaining({
              id: 'starter-trussell',
              url: 'https://trusselltrust.enthuse.com/profile',
            }),
          ],
        },
      }),
    );
  });

  it('saves a chosen usual amount and refuses one that is not above zero', async () => {
    const save = plan();

    fireEvent.click(screen.getByRole('button', { name: '£5.00' }));
    fireEvent.change(screen.getByLabelText('Monthly limit (optional)'), { target: { value: '-3' } });

    await waitFor(() => expect(save).toHaveBeenCalledWith({ giving: { usualAmount: 5 } }));
    expect(screen.getByRole('alert').textContent).toBe('Enter an amount above zero, in whole cents.');
  });

  it('clears the monthly limit when the field is emptied', async () => {
    const save = plan();

    fireEvent.change(screen.getByLabelText('Monthly limit (optional)'), { target: { value: ' ' } });

    await waitFor(() => expect(save).toHaveBeenCalledWith({ giving: { monthlyLimit: null } }));
  });
});

describe('GivenFigures', () => {
  const now = new Date('2026-03-20T12:00:00').getTime();
  const gift = (amount: number, currency: string, causeId: string | null) => ({
    at: now - 1000,
    given: { amount, currency, causeId },
  });

  it('shows this month, since the beginning and per cause, currencies apart', () => {
    const summary = summariseGiven([gift(2, 'EUR', 'starter-x'), gift(3, 'USD', null)], now);

    renderWithI18n(<GivenFigures summary={summary} names={new Map([['starter-x', 'GiveWell']])} locale="en-US" />);

    expect(screen.getByText('Since the beginning').nextElementSibling?.textContent).toBe('$3.00 · €2.00');
    expect(screen.getByText('GiveWell').parentElement?.textContent).toBe('GiveWell €2.00');
    expect(screen.getByText('Other giving acts').parentElement?.textContent).toBe('Other giving acts $3.00');
  });

  it('says so when nothing was given yet', () => {
    renderWithI18n(<GivenFigures summary={summariseGiven([], now)} names={new Map()} locale="en-US" />);

    expect(screen.getByText('Nothing recorded yet.')).toBeTruthy();
  });
});
