import {
  nudgeCardAnnouncement,
  nudgeCardAnother,
  nudgeCardBreathe,
  nudgeCardClose,
  nudgeCardDo,
  nudgeCardExitPause,
  nudgeCardFree,
  nudgeCardLead1,
  nudgeCardLead2,
  nudgeCardLead3,
  nudgeCardLeave,
  nudgeCardLinkRefused,
  nudgeCardMinutes,
  nudgeCardMoney,
  nudgeCardMore,
  nudgeCardNoOtherIdea,
  nudgeCardNotNow,
  nudgeCardPurposeful,
  nudgeCardWhyLabel,
} from '@/public/_locales/en/messages.json';
import type { MessageEntry, MessageKey } from '@/utils/domain/i18n';

/**
 * The card's own words in English, carried in the content script for the moment the browser's
 * `i18n` answers '' (a content script cannot read the extension's `messages.json` without making
 * it reachable by the page). Named imports, so the build keeps only these entries.
 */
export const CARD_WORDS: Partial<Record<MessageKey, MessageEntry>> = {
  nudgeCardAnnouncement,
  nudgeCardAnother,
  nudgeCardBreathe,
  nudgeCardClose,
  nudgeCardDo,
  nudgeCardExitPause,
  nudgeCardFree,
  nudgeCardLead1,
  nudgeCardLead2,
  nudgeCardLead3,
  nudgeCardLeave,
  nudgeCardLinkRefused,
  nudgeCardMinutes,
  nudgeCardMoney,
  nudgeCardMore,
  nudgeCardNoOtherIdea,
  nudgeCardNotNow,
  nudgeCardPurposeful,
  nudgeCardWhyLabel,
};
