import { CategorySetting } from '@/components/options/category-setting';
import { CausesEditor } from '@/components/options/causes-editor';
import { CustomActsEditor } from '@/components/options/custom-acts-editor';
import { useT } from '@/components/i18n';
import { PeopleEditor } from '@/components/options/people-editor';
import { ToggleSetting } from '@/components/options/toggle-setting';
import type { Settings } from '@/utils/domain/settings/schema';
import type { SaveSettings } from './use-live-settings';

const newId = () => crypto.randomUUID();

/** Which acts Outward suggests, and the person's own people, causes and acts that personalise them. */
export function ActsSection({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const t = useT();
  const { acts } = settings;
  return (
    <section id="acts" class="card" aria-labelledby="acts-heading">
      <h2 id="acts-heading">{t('sectionActs')}</h2>
      <CategorySetting value={acts.categories} save={(categories) => save({ acts: { categories } })} />
      <ToggleSetting
        id="free-only"
        label={t('freeOnlyLabel')}
        hint={t('freeOnlyHint')}
        value={acts.freeOnly}
        save={(freeOnly) => save({ acts: { freeOnly } })}
      />
      <PeopleEditor people={acts.people} newId={newId} save={(people) => save({ acts: { people } })} />
      <CausesEditor causes={acts.causes} newId={newId} save={(causes) => save({ acts: { causes } })} />
      <CustomActsEditor acts={acts.custom} newId={newId} save={(custom) => save({ acts: { custom } })} />
    </section>
  );
}
