import type { NudgeOutcome } from '@/utils/domain/history/records';
import type { MessageKey } from '@/utils/domain/i18n';
import type { JournalEntry } from '@/utils/domain/stats/journal-entries';
import { useT } from '../i18n';
import { CATEGORY_LABELS } from '../act-categories';
import { EntryActions, type EntryChanges } from './entry-actions';
import type { JournalFormats } from './formats';

const NUDGE_WORDS: Record<NudgeOutcome, MessageKey> = {
  shown: 'entryNudgeShown',
  accepted: 'entryNudgeAccepted',
  another: 'entryNudgeAnother',
  'not-now': 'entryNudgeNotNow',
  purposeful: 'entryNudgePurposeful',
  dismissed: 'entryNudgeDismissed',
  expired: 'entryNudgeExpired',
};
const MOOD_WORDS = ['mood1', 'mood2', 'mood3', 'mood4', 'mood5'] as const;
const KIND_LABELS = { act: 'entryKindAct', episode: 'entryKindEpisode', checkin: 'entryKindCheckin' } as const;

const wholeMinutes = (ms: number) => Math.round(ms / 60_000);

/**
 * One timeline entry: a kind act with its kind and note (drawn prominently), or, quieter, a long
 * scroll with its nudge or a mood check-in; each with Edit and Delete.
 */
export function TimelineEntry(props: { entry: JournalEntry; formats: JournalFormats; changes: EntryChanges }) {
  const { entry, formats } = props;
  const t = useT();
  return (
    <li class={`entry entry-${entry.kind}`}>
      <span class="entry-time">{formats.time(entry.at)}</span>
      <div class="entry-body">
        <p class="entry-title">
          <span class="entry-kind">{t(KIND_LABELS[entry.kind])}</span> {title(entry, t)}
        </p>
        {details(entry, formats, t).map((line) => (
          <p class="entry-meta" key={line}>
            {line}
          </p>
        ))}
        {entry.kind !== 'episode' && entry.record.note && (
          <blockquote class="entry-note">{entry.record.note}</blockquote>
        )}
        <EntryActions entry={entry} changes={props.changes} />
      </div>
    </li>
  );
}

type T = ReturnType<typeof useT>;

function title(entry: JournalEntry, t: T): string {
  switch (entry.kind) {
    case 'act':
      return entry.record.title;
    case 'checkin':
      return t(MOOD_WORDS[entry.record.mood - 1] ?? 'mood3');
    case 'episode':
      return entry.record.sites.length > 0 ? entry.record.sites.join(', ') : t('entryEpisodeNoSite');
  }
}

function details(entry: JournalEntry, formats: JournalFormats, t: T): string[] {
  switch (entry.kind) {
    case 'act':
      return [t(CATEGORY_LABELS[entry.record.category]), ...(entry.record.nudgeId ? [t('entryActFromNudge')] : [])];
    case 'checkin':
      if (entry.record.context === 'before') return [t('entryCheckinBefore')];
      if (entry.record.context === 'after') return [t('entryCheckinAfter')];
      return [];
    case 'episode': {
      const { record } = entry;
      const doom = formats.number(wholeMinutes(record.doomMs));
      const length =
        record.endedAt === null
          ? t('entryEpisodeOpen', doom)
          : t('entryEpisodeLength', [formats.number(wholeMinutes(record.endedAt - record.startedAt)), doom]);
      return [length, t(entry.nudge === null ? 'entryNudgeNone' : NUDGE_WORDS[entry.nudge])];
    }
  }
}
