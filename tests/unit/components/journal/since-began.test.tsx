import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { createJournalFormats } from '@/components/journal/formats';
import { SinceYouBeganView } from '@/components/journal/since-began';
import type { SinceYouBegan } from '@/utils/domain/stats/since-began';
import type { SinceReach } from '@/utils/domain/stats/since-reach';
import { renderWithI18n } from '@/tests/unit/helpers/render';
import { translateEs } from '@/tests/unit/helpers/translate';

const ready: SinceYouBegan = {
  status: 'ready',
  first: { from: '2026-04-01', to: '2026-04-14', doomMinutesPerWeek: 310, actsPerWeek: 2 },
  latest: { from: '2026-06-04', to: '2026-06-17', doomMinutesPerWeek: 200, actsPerWeek: 4 },
  scrolling: 'less',
  acts: 'more',
};
const reach: SinceReach = {
  people: { first: 1, latest: 2.5, trend: 'more' },
  gifts: {
    first: { totals: [], causes: 0 },
    latest: {
      totals: [
        { currency: 'EUR', amount: 12 },
        { currency: 'USD', amount: 5 },
      ],
      causes: 1,
    },
  },
};
const listed = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('SinceYouBeganView', () => {
  it('compares people reached and what was given, currencies apart, beside scrolling and kind acts', () => {
    renderWithI18n(
      <SinceYouBeganView since={ready} reach={reach} formats={createJournalFormats('en-GB', 'UTC')} locale="en-GB" />,
    );

    expect(listed().slice(2)).toEqual([
      'Kind acts for someone you know: 1 a week at first, 2.5 a week lately.',
      'Given, as you recorded it: nothing recorded in your first two weeks; €12.00 · US$5.00 to 1 cause in the last two.',
    ]);
    expect(screen.getByRole('rowheader', { name: 'Acts for someone you know a week' })).toBeTruthy();
    const given = screen.getByRole('row', { name: /Given in those two weeks/ });
    expect(given.textContent).toBe('Given in those two weeks—€12.00 · US$5.00');
  });

  it('says it in Spanish, with the plural of causes', () => {
    const many: SinceReach = {
      people: { first: 3, latest: 1, trend: 'less' },
      gifts: {
        first: { totals: [{ currency: 'EUR', amount: 4 }], causes: 2 },
        latest: { totals: [{ currency: 'EUR', amount: 6 }], causes: 1 },
      },
    };

    render(
      <I18nProvider t={translateEs}>
        <SinceYouBeganView since={ready} reach={many} formats={createJournalFormats('es-ES', 'UTC')} locale="es-ES" />
      </I18nProvider>,
    );

    expect(listed().slice(2)).toEqual([
      'Gestos para alguien que conoces: 3 a la semana al principio, 1 a la semana últimamente. Cada uno llegó a alguien.',
      'Donado, tal como lo anotaste: 4,00\u00a0€ a 2 causas en tus dos primeras semanas; 6,00\u00a0€ a 1 causa en las dos últimas.',
    ]);
  });

  it('stays silent about people and giving when neither fortnight has any', () => {
    renderWithI18n(
      <SinceYouBeganView
        since={ready}
        reach={{ people: null, gifts: null }}
        formats={createJournalFormats('en-GB', 'UTC')}
        locale="en-GB"
      />,
    );

    expect(listed()).toHaveLength(2);
    expect(screen.queryByRole('rowheader', { name: /someone you know|Given/ })).toBeNull();
  });
});
