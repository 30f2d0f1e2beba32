import type { CauseDraft } from '@/utils/domain/settings/entry-input';
import { parseCause } from '@/utils/domain/settings/entry-input';
import type { Cause } from '@/utils/domain/settings/schema';
import { EntryEditor } from './entry-editor';
import { useT } from '@/components/i18n';
import { TextField } from './text-field';

/** Most causes a person can list (the settings schema allows the same). */
export const MAX_CAUSES = 20;

/** Causes the person chose, each with an https page to give or volunteer and what a small gift does. */
export function CausesEditor(props: {
  causes: readonly Cause[];
  newId: () => string;
  save: (causes: Cause[]) => Promise<unknown>;
}) {
  const t = useT();
  return (
    <EntryEditor<Cause, CauseDraft, keyof CauseDraft>
      idPrefix="cause"
      text={{
        heading: t('causesHeading'),
        intro: t('causesIntro'),
        empty: t('causesEmpty'),
        addHeading: t('causesAddHeading'),
        addButton: t('causesAddButton'),
        editHeading: (name) => t('entryEditHeading', name),
        full: t('entryListFull', String(MAX_CAUSES)),
      }}
      items={props.causes}
      max={MAX_CAUSES}
      nameOf={(cause) => cause.name}
      describe={(cause) => (
        <>
          <span class="entry-name">{cause.name}</span>
          <span class="entry-detail">{cause.url}</span>
          {cause.impact && <span class="entry-detail">{cause.impact}</span>}
        </>
      )}
      emptyDraft={{ name: '', url: '', impact: '' }}
      toDraft={(cause) => ({ name: cause.name, url: cause.url, impact: cause.impact })}
      parse={parseCause}
      fields={(draft, set, errors) => (
        <>
          <TextField
            id="cause-name"
            label={t('causeNameLabel')}
            value={draft.name}
            required
            error={errors.name}
            onInput={(name) => set({ name })}
          />
          <TextField
            id="cause-url"
            label={t('causeUrlLabel')}
            hint={t('causeUrlHint')}
            inputMode="url"
            value={draft.url}
            required
            error={errors.url}
            onInput={(url) => set({ url })}
          />
          <TextField
            id="cause-impact"
            label={t('causeImpactLabel')}
            hint={t('causeImpactHint')}
            multiline
            value={draft.impact}
            error={errors.impact}
            onInput={(impact) => set({ impact })}
          />
        </>
      )}
      newId={props.newId}
      save={props.save}
    />
  );
}
