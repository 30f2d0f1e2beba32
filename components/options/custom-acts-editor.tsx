import type { CustomActDraft } from '@/utils/domain/settings/entry-input';
import { parseCustomAct } from '@/utils/domain/settings/entry-input';
import { ACT_CATEGORIES, type ActCategory, type CustomAct } from '@/utils/domain/settings/schema';
import { CATEGORY_LABELS } from '@/components/act-categories';
import { EntryEditor } from './entry-editor';
import { useT } from '@/components/i18n';
import { TextField } from './text-field';

/** Most custom acts a person can keep (the settings schema allows the same). */
export const MAX_CUSTOM_ACTS = 100;

const EMPTY: CustomActDraft = { title: '', howTo: '', minutes: '2', category: 'connect', cost: 'free', link: '' };

/** Acts the person wrote themselves; Outward suggests them beside its own. */
export function CustomActsEditor(props: {
  acts: readonly CustomAct[];
  newId: () => string;
  save: (acts: CustomAct[]) => Promise<unknown>;
}) {
  const t = useT();
  return (
    <EntryEditor<CustomAct, CustomActDraft, keyof CustomActDraft>
      idPrefix="custom-act"
      text={{
        heading: t('customActsHeading'),
        intro: t('customActsIntro'),
        empty: t('customActsEmpty'),
        addHeading: t('customActsAddHeading'),
        addButton: t('customActsAddButton'),
        editHeading: (name) => t('entryEditHeading', name),
        full: t('entryListFull', String(MAX_CUSTOM_ACTS)),
      }}
      items={props.acts}
      max={MAX_CUSTOM_ACTS}
      nameOf={(act) => act.title}
      describe={(act) => (
        <>
          <span class="entry-name">{act.title}</span>
          {act.howTo && <span class="entry-detail">{act.howTo}</span>}
          <span class="entry-detail">
            {t(CATEGORY_LABELS[act.category])} · {t('nudgeCardMinutes', String(act.minutes))} ·{' '}
            {t(act.cost === 'free' ? 'nudgeCardFree' : 'nudgeCardMoney')}
          </span>
          {act.link && <span class="entry-detail">{act.link}</span>}
        </>
      )}
      emptyDraft={EMPTY}
      toDraft={(act) => ({
        title: act.title,
        howTo: act.howTo,
        minutes: String(act.minutes),
        category: act.category,
        cost: act.cost,
        link: act.link ?? '',
      })}
      parse={parseCustomAct}
      fields={(draft, set, errors) => (
        <>
          <TextField
            id="custom-act-title"
            label={t('customActTitleLabel')}
            value={draft.title}
            required
            error={errors.title}
            onInput={(title) => set({ title })}
          />
          <TextField
            id="custom-act-how"
            label={t('customActHowLabel')}
            multiline
            value={draft.howTo}
            error={errors.howTo}
            onInput={(howTo) => set({ howTo })}
          />
          <div class="field-row">
            <div class="field">
              <label for="custom-act-minutes">{t('customActMinutesLabel')}</label>
              <select
                id="custom-act-minutes"
                value={draft.minutes}
                aria-invalid={errors.minutes ? true : undefined}
                onChange={(event) => set({ minutes: event.currentTarget.value })}
              >
                {['1', '2', '3', '4', '5'].map((minutes) => (
                  <option key={minutes} value={minutes}>
                    {minutes}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="custom-act-category">{t('customActCategoryLabel')}</label>
              <select
                id="custom-act-category"
                value={draft.category}
                onChange={(event) => set({ category: event.currentTarget.value as ActCategory })}
              >
                {ACT_CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {t(CATEGORY_LABELS[category])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="custom-act-cost">{t('customActCostLabel')}</label>
              <select
                id="custom-act-cost"
                value={draft.cost}
                onChange={(event) => set({ cost: event.currentTarget.value === 'money' ? 'money' : 'free' })}
              >
                <option value="free">{t('nudgeCardFree')}</option>
                <option value="money">{t('nudgeCardMoney')}</option>
              </select>
            </div>
          </div>
          <TextField
            id="custom-act-link"
            label={t('customActLinkLabel')}
            hint={t('customActLinkHint')}
            value={draft.link}
            error={errors.link}
            onInput={(link) => set({ link })}
          />
        </>
      )}
      newId={props.newId}
      save={props.save}
    />
  );
}
