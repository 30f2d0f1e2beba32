import { useT } from './i18n';
import { Notice } from './notice';

/** Says plainly that history cannot be kept in this browser mode, and that nudges still work. */
export function HistoryUnavailableNotice() {
  const t = useT();
  return <Notice tone="problem">{t('historyUnavailable')}</Notice>;
}
