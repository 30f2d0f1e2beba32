import type { Milestone } from '@/utils/domain/stats/milestones';
import { useT } from '../i18n';
import type { JournalFormats } from './formats';

/** A quiet line under a day's heading: a count of kind acts reached, the first gift, or time since the beginning. */
export function MilestoneNote({ milestone, formats }: { milestone: Milestone; formats: JournalFormats }) {
  const t = useT();
  const text = (() => {
    switch (milestone.kind) {
      case 'month':
        return t('milestoneMonth');
      case 'year':
        return t('milestoneYear');
      case 'gift':
        return t('milestoneFirstGift');
      case 'acts':
        return milestone.count === 1 ? t('milestoneFirstAct') : t('milestoneActs', formats.number(milestone.count));
    }
  })();
  return <p class="milestone">{text}</p>;
}
