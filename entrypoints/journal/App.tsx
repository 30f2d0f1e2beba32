import { useEffect, useMemo } from 'preact/hooks';
import { HistoryUnavailableNotice } from '@/components/history-unavailable-notice';
import { HistoryWritesNotice } from '@/components/history-writes-notice';
import { useT } from '@/components/i18n';
import { createJournalFormats } from '@/components/journal/formats';
import { JournalEmpty } from '@/components/journal/journal-empty';
import { Notice } from '@/components/notice';
import { PageShell } from '@/components/page-shell';
import { useAsync } from '@/components/use-async';
import { readOutboxStatus } from '@/utils/platform/storage/outbox-store';
import { localTimeZone } from '@/utils/platform/time-zone';
import { JournalBody } from './journal-body';
import { loadJournal, type JournalFigures, type JournalLoad } from './load-journal';

/** Performance mark set once the first render is on screen; the benchmark reads it. */
export const JOURNAL_READY_MARK = 'journal-ready';

/**
 * The journal: the person's own history of kind acts, long scrolls and check-ins, and what it adds
 * up to. `journal` is already loading when the page mounts, so reading overlaps the first render.
 */
export function App({ journal }: { journal: Promise<JournalLoad> }) {
  const t = useT();
  const data = useAsync(() => journal);
  const outbox = useAsync(readOutboxStatus);
  // Dates and numbers in the browser's locale, days in its time zone.
  const formats = useMemo(() => createJournalFormats(undefined, localTimeZone()), []);
  // Preact runs effects after the browser has painted the committed tree.
  useEffect(() => {
    if (data.status !== 'loading') performance.mark(JOURNAL_READY_MARK);
  }, [data.status]);
  return (
    <PageShell title={t('journalTitle')} wide>
      {data.status === 'failed' && <Notice tone="problem">{t('errorGeneric')}</Notice>}
      {data.status === 'ready' && data.value.status === 'unavailable' && (
        <HistoryUnavailableNotice blocked={data.value.blocked} />
      )}
      {outbox.status === 'ready' && <HistoryWritesNotice status={outbox.value} />}
      {data.status === 'ready' && data.value.status === 'empty' && <JournalEmpty />}
      {data.status === 'ready' && data.value.status === 'ready' && (
        <JournalBody figures={data.value.figures} formats={formats} reload={reloadFigures} />
      )}
    </PageShell>
  );
}

/** The figures read again after a correction; null when the history became empty or unavailable. */
async function reloadFigures(): Promise<JournalFigures | null> {
  const load = await loadJournal();
  return load.status === 'ready' ? load.figures : null;
}
