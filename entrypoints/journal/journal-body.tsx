import { useT } from '@/components/i18n';
import { CategoryChart } from '@/components/journal/category-chart';
import { DailyChart } from '@/components/journal/daily-chart';
import type { JournalFormats } from '@/components/journal/formats';
import { GivenSection } from '@/components/journal/given-section';
import { JournalSection } from '@/components/journal/journal-section';
import { MoodChart } from '@/components/journal/mood-chart';
import { Timeline } from '@/components/journal/timeline';
import { TotalsSummary } from '@/components/journal/totals-summary';
import { WeeklyReflectionView } from '@/components/journal/weekly-reflection';
import { readJournalPage } from './journal-page';
import type { JournalFigures } from './load-journal';
import { useTimeline } from './use-timeline';
import { readGiven } from '@/utils/platform/db/given-reads';
import { uiLanguage } from '@/utils/platform/locale';

/** The journal with history: this week, since the start, the three charts and the timeline. */
export function JournalBody({ figures, formats }: { figures: JournalFigures; formats: JournalFormats }) {
  const t = useT();
  const { db, today, timeZone } = figures;
  const timeline = useTimeline(
    (filter, after) => readJournalPage(db, { filter, after, today, timeZone }),
    figures.firstPage,
  );
  return (
    <div class="journal">
      <JournalSection id="week-heading" title={t('reflectionHeading')}>
        <WeeklyReflectionView weekly={figures.weekly} actDays={figures.actDays} formats={formats} />
      </JournalSection>
      <JournalSection id="totals-heading" title={t('totalsHeading')}>
        <TotalsSummary totals={figures.totals} formats={formats} />
      </JournalSection>
      <GivenSection load={() => readGiven(figures.db, Date.now())} locale={uiLanguage()} />
      <JournalSection id="daily-heading" title={t('chartDailyHeading')} class="span-all">
        <DailyChart series={figures.series} formats={formats} />
      </JournalSection>
      <JournalSection id="mood-heading" title={t('moodHeading')}>
        <MoodChart change={figures.mood} days={figures.moodDays} formats={formats} />
      </JournalSection>
      <JournalSection id="categories-heading" title={t('categoriesHeading')}>
        <CategoryChart counts={figures.categories} formats={formats} />
      </JournalSection>
      <JournalSection id="timeline-heading" title={t('timelineHeading')} class="span-all">
        <Timeline
          state={timeline.state}
          formats={formats}
          onFilter={timeline.setFilter}
          onShowMore={timeline.showMore}
        />
      </JournalSection>
    </div>
  );
}
