import type { Streak } from '@/utils/domain/stats/streak';
import type { TodayFigures } from '@/utils/domain/stats/today';
import { useT } from '@/components/i18n';

/** Today's figures and a gentle streak line; a broken streak simply starts again, never shamed. */
export function TodayGlance({ figures, streak }: { figures: TodayFigures; streak: Streak }) {
  const t = useT();
  const items = [
    [t('todayScrolling'), t('minutesValue', String(figures.doomMinutes))],
    [t('todaySessions'), String(figures.episodes)],
    [t('todayActs'), String(figures.actsToday)],
    [t('todayActsWeek'), String(figures.actsThisWeek)],
  ] as const;
  return (
    <section class="today" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('popupTodayHeading')}</h2>
      <dl class="figures">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="streak">{streakLine(streak, t)}</p>
    </section>
  );
}

function streakLine(streak: Streak, t: ReturnType<typeof useT>): string {
  if (streak.days === 0) return t('streakNone');
  if (streak.days === 1) return t('streakOne');
  return t('streakMany', String(streak.days));
}
