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
  people: { first: 1, latest: 3, trend: 'more' },
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
      'People you reached: 1 person in your first two weeks, 3 people in the last two.',
      'Given, as you recorded it: nothing recorded in your first two weeks; €12.00 · US$5.00 to 1 cause in the last two.',
    ]);
    expect(screen.getByRole('row', { name: /Different people you reached/ }).textContent).toBe(
      'Different people you reached13',
    );
    const given = screen.getByRole('row', { name: /Given in those two weeks/ });
    expect(given.textContent).toBe('Given in those two weeks—€12.00 · US$5.00');
  });

  it('says it in Spanish, with the plurals of people and causes', () => {
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
      'Personas a las que llegaste: 3 personas en tus dos primeras semanas, 1 persona en las dos últimas. Hay quincenas más tranquilas.',
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
    expect(screen.queryByRole('rowheader', { name: /people|Given/ })).toBeNull();
  });

  it.each([
    [
      'en-GB',
      'People you reached in the last two weeks: 2 people. Outward did not yet note who your first acts were for, so there is nothing to set beside it.',
    ],
    [
      'es-ES',
      'Personas a las que llegaste en las dos últimas semanas: 2 personas. Outward aún no anotaba para quién eran tus primeros gestos, así que no hay con qué compararlo.',
    ],
  ])(
    'in %s, sets nothing beside the people reached lately when the first fortnight did not note whom',
    (locale, line) => {
      const lately: SinceReach = { people: { first: null, latest: 2, trend: null }, gifts: null };
      const view = (
        <SinceYouBeganView since={ready} reach={lately} formats={createJournalFormats(locale, 'UTC')} locale={locale} />
      );

      if (locale === 'en-GB') renderWithI18n(view);
      else render(<I18nProvider t={translateEs}>{view}</I18nProvider>);

      expect(listed().slice(2)).toEqual([line]);
      expect([...screen.getAllByRole('row')[3]!.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([
        '—',
        '2',
      ]);
    },
  );
});
