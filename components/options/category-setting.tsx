import { useEffect, useState } from 'preact/hooks';
import { ACT_CATEGORIES, type ActCategory } from '@/utils/domain/settings/schema';
import { CATEGORY_LABELS } from '@/components/act-categories';
import { useT } from '@/components/i18n';
import { SaveStatus, useSaveStatus } from './save-status';
import './settings.css';

/**
 * Which kinds of act Outward may suggest, as checkboxes that save on change. At least one stays
 * checked: unchecking the last is refused with a message and the box stays checked.
 */
export function CategorySetting(props: {
  value: readonly ActCategory[];
  save: (categories: ActCategory[]) => Promise<unknown>;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<readonly ActCategory[]>(props.value);
  const status = useSaveStatus();
  useEffect(() => setChosen(props.value), [props.value.join()]);

  async function toggle(category: ActCategory, on: boolean) {
    const next = ACT_CATEGORIES.filter((c) => (c === category ? on : chosen.includes(c)));
    if (next.length === 0) {
      status.problem(t('categoriesKeepOne'));
      setChosen([...chosen]);
      return;
    }
    const before = chosen;
    setChosen(next);
    if (!(await status.run(() => props.save(next)))) setChosen(before);
  }

  return (
    <fieldset class="field categories">
      <legend>{t('categoriesLegend')}</legend>
      {ACT_CATEGORIES.map((category) => (
        <div class="check" key={category}>
          <input
            type="checkbox"
            id={`category-${category}`}
            checked={chosen.includes(category)}
            aria-describedby="categories-status"
            onChange={(event) => void toggle(category, event.currentTarget.checked)}
          />
          <label for={`category-${category}`}>{t(CATEGORY_LABELS[category])}</label>
        </div>
      ))}
      <SaveStatus id="categories-status" state={status.state} />
    </fieldset>
  );
}
