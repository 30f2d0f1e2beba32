import type { OutboxStatus } from '../utils/domain/history/pending-writes';
import { useT } from './i18n';
import { Notice } from './notice';

/** Says plainly that some recent history is not saved yet (storage full); nothing while none waits. */
export function HistoryWritesNotice({ status }: { status: OutboxStatus }) {
  const t = useT();
  if (status.waiting === 0) return null;
  return (
    <Notice tone="problem">
      {t('historyWritesWaiting')}
      {status.dropped > 0 && ` ${t('historyWritesDropped')}`}
    </Notice>
  );
}
