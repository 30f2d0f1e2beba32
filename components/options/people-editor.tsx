import type { PersonDraft } from '@/utils/domain/settings/entry-input';
import { parsePerson } from '@/utils/domain/settings/entry-input';
import type { Person } from '@/utils/domain/settings/schema';
import type { Translate } from '@/utils/domain/i18n';
import { EntryEditor } from './entry-editor';
import { useT } from '@/components/i18n';
import { TextField } from './text-field';

/** Most people a person can list (the settings schema allows the same). */
export const MAX_PEOPLE = 50;

/** The person's own people, named in acts ("Text Ana…"), each with an optional way to reach them. */
export function PeopleEditor(props: {
  people: readonly Person[];
  newId: () => string;
  save: (people: Person[]) => Promise<unknown>;
}) {
  const t = useT();
  return (
    <EntryEditor<Person, PersonDraft, keyof PersonDraft>
      idPrefix="person"
      text={{
        heading: t('peopleHeading'),
        intro: t('peopleIntro'),
        empty: t('peopleEmpty'),
        addHeading: t('peopleAddHeading'),
        addButton: t('peopleAddButton'),
        editHeading: (name) => t('entryEditHeading', name),
        full: t('entryListFull', String(MAX_PEOPLE)),
      }}
      items={props.people}
      max={MAX_PEOPLE}
      nameOf={(person) => person.name}
      describe={(person) => (
        <>
          <span class="entry-name">{person.name}</span>
          {person.reach && <span class="entry-detail">{describeReach(person.reach, t)}</span>}
        </>
      )}
      emptyDraft={{ name: '', reach: '' }}
      toDraft={(person) => ({ name: person.name, reach: person.reach ?? '' })}
      parse={parsePerson}
      fields={(draft, set, errors) => (
        <>
          <TextField
            id="person-name"
            label={t('personNameLabel')}
            value={draft.name}
            required
            error={errors.name}
            onInput={(name) => set({ name })}
          />
          <TextField
            id="person-reach"
            label={t('personReachLabel')}
            hint={t('personReachHint')}
            value={draft.reach}
            error={errors.reach}
            onInput={(reach) => set({ reach })}
          />
        </>
      )}
      newId={props.newId}
      save={props.save}
    />
  );
}

function describeReach(link: string, t: Translate): string {
  if (link.startsWith('sms:')) return t('reachBySms', link.slice(4));
  if (link.startsWith('mailto:')) return t('reachByEmail', safeDecode(link.slice(7)));
  return link;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
