import { ACT_CATEGORIES, type ActCategory } from '@/utils/domain/settings/schema';
import { CATEGORY_LABELS } from './act-categories';
import { useT } from './i18n';

/** A drop-down of the six kinds of kind act, in the page's language; its label is the caller's. */
export function ActCategorySelect(props: {
  id: string;
  value: ActCategory;
  onChange: (category: ActCategory) => void;
}) {
  const t = useT();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as ActCategory)}>
      {ACT_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t(CATEGORY_LABELS[c])}
        </option>
      ))}
    </select>
  );
}
