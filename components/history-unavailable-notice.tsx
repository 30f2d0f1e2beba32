import { useT } from './i18n';
import { Notice } from './notice';

/**
 * Says plainly that history cannot be kept in this browser mode, and that nudges still work; or,
 * when an older Outward page keeps the history from being updated, what to close.
 */
export function HistoryUnavailableNotice({ blocked = false }: { blocked?: boolean }) {
  const t = useT();
  return <Notice tone="problem">{t(blocked ? 'historyBlocked' : 'historyUnavailable')}</Notice>;
}
