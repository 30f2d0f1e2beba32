import type { MessageKey } from '../utils/domain/i18n';
import type { ActCategory } from '../utils/domain/settings/schema';

/** The visible name of each kind-act category. */
export const CATEGORY_LABELS: Record<ActCategory, MessageKey> = {
  connect: 'categoryConnect',
  gratitude: 'categoryGratitude',
  support: 'categorySupport',
  give: 'categoryGive',
  community: 'categoryCommunity',
  online: 'categoryOnline',
};
