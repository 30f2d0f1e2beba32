import type { Bilingual, GivingCountry, SourceNote } from './sources';

/*
 * Starter causes per country: data, one organisation per entry. Rule for this file: every `url` was
 * confirmed on the organisation's own pages (see `source`); an organisation whose giving page could
 * not be confirmed there is left out, however well known. `what` says what the organisation does, in
 * its own terms, never what a gift buys. Ids are stored in settings (as `starter-<id>` causes): never
 * rename one. Countries with no confirmed entry fall back to the international list.
 */

/** Kinds of organisation, so a list can show a spread. */
export type StarterKind = 'direct-aid' | 'health' | 'hunger' | 'education' | 'local';

/** One organisation a person may pick as a cause with one click. */
export interface StarterCause {
  /** Stable kebab-case id. */
  id: string;
  name: string;
  kind: StarterKind;
  /** The organisation's own https page for giving. */
  url: string;
  /** One honest line on what it does. */
  what: Bilingual;
  source: SourceNote;
}

/** Starter causes by country; `XX` is the international fallback. */
export const STARTER_CAUSES: Readonly<Record<GivingCountry, readonly StarterCause[]>> = Object.freeze({
  US: [
    {
      id: 'donorschoose',
      name: 'DonorsChoose',
      kind: 'education',
      url: 'https://www.donorschoose.org/',
      what: {
        en: 'Public-school teachers post classroom project requests, screened before they go up, and donors fund the ones they choose.',
        es: 'El profesorado de escuelas públicas publica peticiones para sus aulas, revisadas antes de publicarse, y cada donante financia las que elige.',
      },
      source: {
        page: 'https://www.donorschoose.org/help/popup_faq.html?name=tlpwhatcanirequest',
        saw: 'DonorsChoose’s own help page on www.donorschoose.org describing classroom project requests; the giving site is that origin’s home.',
      },
    },
  ],
  GB: [
    {
      id: 'trussell',
      name: 'The Trussell Trust',
      kind: 'hunger',
      url: 'https://trusselltrust.enthuse.com/profile',
      what: {
        en: 'Supports a UK-wide network of food banks giving emergency food and support, and campaigns to end the need for them.',
        es: 'Apoya una red de bancos de alimentos en todo el Reino Unido que dan comida de emergencia y apoyo, y trabaja para que dejen de hacer falta.',
      },
      source: {
        page: 'https://trusselltrust.enthuse.com/profile',
        saw: 'The Trussell Trust’s own fundraising profile, in its own words, stating that all funds raised there go direct to the Trussell Trust.',
      },
    },
  ],
  ES: [
    {
      id: 'save-the-children-es',
      name: 'Save the Children España',
      kind: 'direct-aid',
      url: 'https://www.savethechildren.es/donacion-ong/que-te-llevarias-sa-fr',
      what: {
        en: 'Defends children’s rights and helps children in emergencies, in Spain and around the world, funded by people’s donations.',
        es: 'Defiende los derechos de la infancia y ayuda a niñas y niños en emergencias, en España y en el mundo, gracias a las aportaciones de la gente.',
      },
      source: {
        page: 'https://www.savethechildren.es/donacion-ong/que-te-llevarias-sa-fr',
        saw: 'Save the Children España’s own donation page on savethechildren.es, asking for contributions for children forced to flee.',
      },
    },
  ],
  MX: [
    {
      id: 'teleton-mx',
      name: 'Fundación Teletón',
      kind: 'health',
      url: 'https://teleton.org/',
      what: {
        en: 'Runs Teletón centres in Mexico for children and teenagers with disabilities, autism and cancer, funded by donations.',
        es: 'Sostiene los Centros Teletón en México para niñas, niños y adolescentes con discapacidad, autismo y cáncer, gracias a los donativos.',
      },
      source: {
        page: 'https://teleton.org/2021/02',
        saw: 'Teletón’s own site teleton.org: its pages carry the donation form (“Realiza tu donación aquí”, one-off or monthly); the link is that site’s home.',
      },
    },
  ],
  XX: [
    {
      id: 'givewell-top-charities',
      name: 'GiveWell Top Charities Fund',
      kind: 'health',
      url: 'https://www.givewell.org/our-giving-funds',
      what: {
        en: 'GiveWell researches charities and passes gifts to this fund on to the most pressing funding needs among its top charities, taking no fee.',
        es: 'GiveWell investiga organizaciones benéficas y destina lo donado a este fondo a las necesidades más urgentes de sus organizaciones recomendadas, sin comisión.',
      },
      source: {
        page: 'https://www.givewell.org/our-giving-funds',
        saw: 'GiveWell’s own page on giving to its funds, describing the Top Charities Fund and that GiveWell takes no fees from these donations.',
      },
    },
  ],
});
