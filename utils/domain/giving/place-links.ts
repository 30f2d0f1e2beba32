import type { GivingCountry, SourceNote } from './sources';

/*
 * Links for acts bound to a place (blood service, donor register, food bank, volunteering, classroom
 * requests), per country. Data: every link was confirmed on the organisation's own pages (`source`).
 * An act with no link for the person's country is not offered there; nothing guesses a link.
 */

/** Built-in acts whose how-to points to a place, so they need a link where the person lives. */
export const PLACE_BOUND_ACT_IDS = [
  'book-blood-donation',
  'donor-register',
  'food-bank',
  'volunteer-shift',
  'classroom-request',
] as const;
export type PlaceBoundActId = (typeof PLACE_BOUND_ACT_IDS)[number];

/** One confirmed link for a place-bound act in one country. */
export interface PlaceLink {
  url: string;
  /** Who runs the page, as the card may name it. */
  organisation: string;
  source: SourceNote;
}

/** Confirmed links by act and country; a missing country means the act is not offered there. */
export const PLACE_LINKS: Readonly<Record<PlaceBoundActId, Partial<Record<GivingCountry, PlaceLink>>>> = Object.freeze({
  'book-blood-donation': {
    GB: {
      url: 'https://www.blood.co.uk/',
      organisation: 'NHS Blood and Transplant',
      source: {
        page: 'https://www.blood.co.uk/terms-and-conditions/',
        saw: 'NHS Blood and Transplant’s own terms on blood.co.uk: its Donor Register and the online donor service for booking are reached via blood.co.uk.',
      },
    },
  },
  'donor-register': {},
  'food-bank': {
    US: {
      url: 'https://www.feedingamerica.org/our-work/food-bank-network',
      organisation: 'Feeding America',
      source: {
        page: 'https://www.feedingamerica.org/our-work/food-bank-network',
        saw: 'Feeding America’s own page on its network of 200 food banks, linking to the full list of member food banks.',
      },
    },
  },
  'volunteer-shift': {
    US: {
      url: 'https://www.volunteermatch.org/',
      organisation: 'VolunteerMatch',
      source: {
        page: 'https://www.volunteermatch.org/volunteers/stories/spotlight.jsp?id=47',
        saw: 'VolunteerMatch’s own page: volunteer opportunities across the United States, “Start your search today”; the search is that origin’s home.',
      },
    },
  },
  'classroom-request': {
    US: {
      url: 'https://www.donorschoose.org/',
      organisation: 'DonorsChoose',
      source: {
        page: 'https://www.donorschoose.org/help/popup_faq.html?name=tlpwhatcanirequest',
        saw: 'DonorsChoose’s own help page on classroom project requests; projects are browsed from that origin’s home.',
      },
    },
  },
});

/** Whether a built-in act id is bound to a place. */
export function isPlaceBound(actId: string): actId is PlaceBoundActId {
  return (PLACE_BOUND_ACT_IDS as readonly string[]).includes(actId);
}

/** The confirmed link for a place-bound act in a country, or null (the act is not offered there). */
export function placeLinkFor(actId: PlaceBoundActId, country: GivingCountry): PlaceLink | null {
  return PLACE_LINKS[actId][country] ?? null;
}
