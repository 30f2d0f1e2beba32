import type { StoreCounts } from '@/utils/domain/data/export-format';
import type { MessageKey } from '@/utils/domain/i18n';
import { HISTORY_STORES, type HistoryStoreName } from '@/utils/domain/history/records';
import { useT } from '@/components/i18n';

const STORE_LABELS: Record<HistoryStoreName, MessageKey> = {
  episodes: 'storeEpisodes',
  nudges: 'storeNudges',
  acts: 'storeActs',
  checkins: 'storeCheckins',
};

/** A small table of record counts per kind of record, one column per named set of counts. */
export function StoreCountsTable(props: { caption: string; columns: ReadonlyArray<readonly [string, StoreCounts]> }) {
  const t = useT();
  return (
    <table class="counts">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('storeColumn')}</th>
          {props.columns.map(([name]) => (
            <th scope="col" key={name}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {HISTORY_STORES.map((store) => (
          <tr key={store}>
            <th scope="row">{t(STORE_LABELS[store])}</th>
            {props.columns.map(([name, counts]) => (
              <td key={name}>{counts[store]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
