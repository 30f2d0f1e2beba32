import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useT } from '@/components/i18n';
import { AddPastAct } from '@/components/journal/add-past-act';
import { CategoryChart } from '@/components/journal/category-chart';
import type { JournalFormats } from '@/components/journal/formats';
import { GivenSection } from '@/components/journal/given-section';
import { JournalSection } from '@/components/journal/journal-section';
import { MoodChart } from '@/components/journal/mood-chart';
import { OverTime } from '@/components/journal/over-time';
import { SinceYouBeganView } from '@/components/journal/since-began';
import { Timeline } from '@/components/journal/timeline';
import { TotalsSummary } from '@/components/journal/totals-summary';
import { WeeklyReflectionView } from '@/components/journal/weekly-reflection';
import { binRollups, type ChartRange } from '@/utils/domain/stats/bins';
import { milestones } from '@/utils/domain/stats/milestones';
import type { SiteMinutes } from '@/utils/domain/stats/site-minutes';
import { journalChanges } from './journal-changes';
import { readJournalPage } from './journal-page';
import type { JournalFigures } from './load-journal';
import { readRangeSites } from './range-sites';
import { useTimeline } from './use-timeline';
import { readGiven } from '@/utils/platform/db/given-reads';
import { uiLanguage } from '@/utils/platform/locale';

/** Performance mark set each time the charts have been painted for a newly chosen range; the benchmark reads it. */
export const JOURNAL_RANGE_MARK = 'journal-range-shown';
/** Performance mark set each time the minutes per site have been painted for a range. */
export const JOURNAL_SITES_MARK = 'journal-sites-shown';

/**
 * The journal with history: since you began, this week, the totals, the charts over a chosen
 * range, mood around kind acts, kinds of acts, and the timeline. `reload` reads the figures again
 * after an entry was corrected, removed or added.
 */
export function JournalBody(props: {
  figures: JournalFigures;
  formats: JournalFormats;
  reload: () => Promise<JournalFigures | null>;
}) {
  const t = useT();
  const { formats } = props;
  const [figures, setFigures] = useState(props.figures);
  const { db, today, timeZone } = figures;
  const [range, setRange] = useState<ChartRange>('days30');
  const [sites, setSites] = useState<SiteMinutes[] | null>(null);
  const sitesRequest = useRef(0);
  const since = figures.totals.since ?? today;
  const series = useMemo(
    () =>
      range === 'days30' ? figures.series : binRollups(figures.rollups, range, today, since, figures.weekStartsOn),
    [figures, range],
  );
  // What was given, read once per version of the figures: for its own section and the first-gift milestone.
  const givenReads = useRef(0);
  const given = useMemo(() => ({ read: readGiven(db, figures.now), version: ++givenReads.current }), [figures]);
  const [firstGift, setFirstGift] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    given.read.then(
      ({ summary }) => live && setFirstGift(summary.firstAt === null ? null : formats.dayOf(summary.firstAt)),
      () => undefined,
    );
    return () => void (live = false);
  }, [given]);
  const notes = useMemo(
    () =>
      firstGift === null ? figures.milestones : milestones(figures.rollups, figures.totals.since, today, firstGift),
    [figures, firstGift],
  );
  const timeline = useTimeline(
    (filter, kind, after) => readJournalPage(db, { filter, kind, after, today, timeZone }),
    figures.firstPage,
  );

  // Preact runs effects after the browser has painted: each mark follows the paint of what changed.
  const seriesShown = useRef(false);
  useEffect(() => {
    if (seriesShown.current) performance.mark(JOURNAL_RANGE_MARK);
    seriesShown.current = true;
  }, [series]);
  useEffect(() => {
    if (sites !== null) performance.mark(JOURNAL_SITES_MARK);
  }, [sites]);

  const loadSites = (next: ChartRange) => {
    const request = ++sitesRequest.current;
    setSites(null);
    readRangeSites(db, next, today, since, timeZone, Date.now()).then(
      (value) => request === sitesRequest.current && setSites(value),
      () => request === sitesRequest.current && setSites([]),
    );
  };
  // After the first render: the sites need the range's episodes, the rest only the roll-ups.
  useEffect(() => loadSites(range), []);
  const chooseRange = (next: ChartRange) => {
    setRange(next);
    loadSites(next);
  };
  const changes = journalChanges(async () => {
    const next = await props.reload();
    if (next) setFigures(next);
    timeline.reload();
    loadSites(range);
  });

  return (
    <div class="journal">
      <JournalSection id="since-heading" title={t('sinceHeading')} class="span-all">
        <SinceYouBeganView
          since={figures.sinceYouBegan}
          reach={figures.sinceReach}
          formats={formats}
          locale={uiLanguage()}
        />
      </JournalSection>
      <JournalSection id="week-heading" title={t('reflectionHeading')}>
        <WeeklyReflectionView weekly={figures.weekly} actDays={figures.actDays} formats={formats} />
      </JournalSection>
      <JournalSection id="totals-heading" title={t('totalsHeading')}>
        <TotalsSummary totals={figures.totals} formats={formats} />
      </JournalSection>
      <GivenSection key={given.version} load={() => given.read} locale={uiLanguage()} />
      <JournalSection id="over-time-heading" title={t('chartsHeading')} class="span-all">
        <OverTime range={range} series={series} sites={sites} formats={formats} onRange={chooseRange} />
      </JournalSection>
      <JournalSection id="mood-heading" title={t('moodHeading')}>
        <MoodChart change={figures.mood} days={figures.moodDays} formats={formats} />
      </JournalSection>
      <JournalSection id="categories-heading" title={t('categoriesHeading')}>
        <CategoryChart counts={figures.categories} formats={formats} />
      </JournalSection>
      <JournalSection id="timeline-heading" title={t('timelineHeading')} class="span-all">
        <AddPastAct today={today} formats={formats} onAdd={changes.add} />
        <Timeline
          state={timeline.state}
          formats={formats}
          milestones={notes}
          changes={changes}
          onFilter={timeline.setFilter}
          onKind={timeline.setKind}
          onShowMore={timeline.showMore}
        />
      </JournalSection>
    </div>
  );
}
