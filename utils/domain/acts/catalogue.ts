import { act } from './define-act';
import type { CatalogueAct } from './types';

/*
 * The built-in kind acts. This file is long on purpose: it is data, one act per line, grouped by
 * category. Words live in public/_locales/<lang>/messages.json under `act_<id>_title`, `_how`,
 * `_why` (and `_person` / `_cause` for acts personalised with the person's people or causes).
 * Ids are stored in history: never rename or reuse one; retire an act by removing it.
 * Links are generic pages that really help with the act; an act without a good one has none.
 */

/** Every built-in act (≥ 60, each 1–5 minutes), in a stable order. */
export const BUILT_IN_ACTS: readonly CatalogueAct[] = Object.freeze([
  // connect
  act('thinking-of-you', { category: 'connect', minutes: 1, cost: 'free', slot: 'person' }),
  act('voice-note', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),
  act('shared-memory', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),
  act('specific-question', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),
  act('suggest-a-call', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),
  act('old-friend', { category: 'connect', minutes: 3, cost: 'free' }),
  act('call-family', { category: 'connect', minutes: 5, cost: 'free', slot: 'person' }),
  act('send-a-song', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),
  act('congratulate', { category: 'connect', minutes: 1, cost: 'free', slot: 'person' }),
  act('remember-a-date', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),
  act('answer-waiting-message', { category: 'connect', minutes: 3, cost: 'free' }),
  act('invite-for-walk', { category: 'connect', minutes: 2, cost: 'free', slot: 'person' }),

  // gratitude
  act('thank-specific', { category: 'gratitude', minutes: 2, cost: 'free', slot: 'person' }),
  act('thank-teacher', { category: 'gratitude', minutes: 4, cost: 'free' }),
  act('name-in-review', { category: 'gratitude', minutes: 3, cost: 'free' }),
  act('thank-colleague', { category: 'gratitude', minutes: 2, cost: 'free' }),
  act('thank-care-staff', { category: 'gratitude', minutes: 4, cost: 'free' }),
  act('thank-maintainer', {
    category: 'gratitude',
    minutes: 3,
    cost: 'free',
    sites: ['github.com', 'gitlab.com', 'codeberg.org'],
  }),
  act('thank-helpful-answer', {
    category: 'gratitude',
    minutes: 2,
    cost: 'free',
    sites: ['reddit.com', 'stackoverflow.com', 'stackexchange.com', 'superuser.com', 'quora.com'],
  }),
  act('thank-past-help', { category: 'gratitude', minutes: 4, cost: 'free' }),
  act('admire-specific', { category: 'gratitude', minutes: 1, cost: 'free', slot: 'person' }),
  act('thank-writer', { category: 'gratitude', minutes: 3, cost: 'free', sites: ['medium.com', 'substack.com'] }),
  act('thank-neighbour', { category: 'gratitude', minutes: 3, cost: 'free' }),
  act('linkedin-recommendation', { category: 'gratitude', minutes: 5, cost: 'free', sites: ['linkedin.com'] }),

  // support
  act('check-in-hard-time', { category: 'support', minutes: 2, cost: 'free', slot: 'person' }),
  act('specific-offer', { category: 'support', minutes: 2, cost: 'free', slot: 'person' }),
  act('good-luck', { category: 'support', minutes: 1, cost: 'free', slot: 'person' }),
  act('offer-to-listen', { category: 'support', minutes: 2, cost: 'free', slot: 'person' }),
  act('ask-the-carer', { category: 'support', minutes: 2, cost: 'free' }),
  act('remember-a-loss', { category: 'support', minutes: 3, cost: 'free' }),
  act('answer-a-request', { category: 'support', minutes: 4, cost: 'free' }),
  act('treat-delivered', { category: 'support', minutes: 5, cost: 'money', slot: 'person' }),
  act('read-application', { category: 'support', minutes: 3, cost: 'free', slot: 'person' }),
  act('encourage-beginner', {
    category: 'support',
    minutes: 2,
    cost: 'free',
    sites: ['reddit.com', 'instagram.com', 'youtube.com', 'deviantart.com', 'github.com'],
  }),
  act('new-parent', { category: 'support', minutes: 2, cost: 'free' }),

  // give
  act('small-gift', { category: 'give', minutes: 3, cost: 'money', slot: 'cause' }),
  act('share-cause', { category: 'give', minutes: 2, cost: 'free', slot: 'cause' }),
  act('book-blood-donation', { category: 'give', minutes: 5, cost: 'free' }),
  act('freerice', { category: 'give', minutes: 3, cost: 'free', link: 'https://freerice.com/' }),
  act('give-away-item', { category: 'give', minutes: 5, cost: 'free' }),
  act('tip-creator', {
    category: 'give',
    minutes: 3,
    cost: 'money',
    sites: ['youtube.com', 'twitch.tv', 'substack.com', 'medium.com'],
  }),
  act('food-bank', { category: 'give', minutes: 4, cost: 'money' }),
  act('classroom-request', { category: 'give', minutes: 5, cost: 'money' }),
  act('donor-register', { category: 'give', minutes: 5, cost: 'free' }),
  act('microloan', { category: 'give', minutes: 5, cost: 'money', link: 'https://www.kiva.org/' }),
  act('surprise-gift', { category: 'give', minutes: 5, cost: 'money', slot: 'person' }),
  act('share-fundraiser', { category: 'give', minutes: 2, cost: 'free' }),

  // community
  act('welcome-neighbour', { category: 'community', minutes: 3, cost: 'free' }),
  act('wikipedia-fix', {
    category: 'community',
    minutes: 5,
    cost: 'free',
    sites: ['wikipedia.org'],
    link: 'https://www.wikipedia.org/',
  }),
  act('zooniverse', { category: 'community', minutes: 5, cost: 'free', link: 'https://www.zooniverse.org/' }),
  act('report-local-issue', { category: 'community', minutes: 3, cost: 'free' }),
  act('review-local-business', { category: 'community', minutes: 3, cost: 'free' }),
  act('answer-local-question', {
    category: 'community',
    minutes: 3,
    cost: 'free',
    sites: ['facebook.com', 'nextdoor.com', 'reddit.com'],
  }),
  act('share-lost-pet', {
    category: 'community',
    minutes: 1,
    cost: 'free',
    sites: ['facebook.com', 'nextdoor.com', 'x.com', 'twitter.com'],
  }),
  act('volunteer-shift', { category: 'community', minutes: 5, cost: 'free' }),
  act('neighbour-number', { category: 'community', minutes: 3, cost: 'free' }),
  act('maps-update', { category: 'community', minutes: 2, cost: 'free' }),
  act('thank-local-group', {
    category: 'community',
    minutes: 3,
    cost: 'free',
    sites: ['facebook.com', 'instagram.com'],
  }),
  act('local-gift-card', { category: 'community', minutes: 4, cost: 'money' }),

  // online
  act('small-creator-comment', {
    category: 'online',
    minutes: 2,
    cost: 'free',
    sites: ['youtube.com', 'tiktok.com', 'instagram.com', 'twitch.tv'],
  }),
  act('answer-beginner', {
    category: 'online',
    minutes: 5,
    cost: 'free',
    sites: ['stackoverflow.com', 'stackexchange.com', 'reddit.com', 'github.com'],
  }),
  act('welcome-newcomer', {
    category: 'online',
    minutes: 2,
    cost: 'free',
    sites: ['reddit.com', 'discord.com', 'github.com'],
  }),
  act('boost-small-account', {
    category: 'online',
    minutes: 1,
    cost: 'free',
    sites: [
      'x.com',
      'twitter.com',
      'bsky.app',
      'threads.net',
      'threads.com',
      'mastodon.social',
      'tumblr.com',
      'linkedin.com',
    ],
  }),
  act('alt-text', { category: 'online', minutes: 2, cost: 'free' }),
  act('report-scam', {
    category: 'online',
    minutes: 1,
    cost: 'free',
    sites: ['facebook.com', 'x.com', 'twitter.com', 'instagram.com', 'tiktok.com', 'youtube.com'],
  }),
  act('rate-free-tool', { category: 'online', minutes: 2, cost: 'free' }),
  act('kind-feedback', {
    category: 'online',
    minutes: 4,
    cost: 'free',
    sites: ['reddit.com', 'deviantart.com', 'behance.net'],
  }),
  act('endorse-skill', { category: 'online', minutes: 1, cost: 'free', sites: ['linkedin.com'] }),
  act('share-job', { category: 'online', minutes: 2, cost: 'free', slot: 'person', sites: ['linkedin.com'] }),
  act('clear-bug-report', {
    category: 'online',
    minutes: 5,
    cost: 'free',
    sites: ['github.com', 'gitlab.com', 'codeberg.org'],
  }),
  act('lift-buried-answer', {
    category: 'online',
    minutes: 1,
    cost: 'free',
    sites: ['reddit.com', 'stackoverflow.com', 'stackexchange.com'],
  }),
]);
