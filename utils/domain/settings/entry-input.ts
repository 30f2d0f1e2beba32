import * as v from 'valibot';
import {
  httpsLinkFromInput,
  optionalLinkFromInput,
  reachLinkFromInput,
  type LinkInput,
  type MessageRef,
} from '../acts/link-input';
import {
  CauseSchema,
  CustomActSchema,
  PersonSchema,
  type ActCategory,
  type Cause,
  type CustomAct,
  type Person,
} from './schema';

/** Problems per form field, each a message to show next to that field. */
export type FieldErrors<F extends string> = Partial<Record<F, MessageRef>>;

/** A checked entry ready to store, or the problems to show; nothing is stored while any remain. */
export type EntryInput<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

/** The person form as typed. */
export interface PersonDraft {
  name: string;
  reach: string;
}

/** The cause form as typed. */
export interface CauseDraft {
  name: string;
  url: string;
  impact: string;
}

/** The custom-act form as typed. */
export interface CustomActDraft {
  title: string;
  howTo: string;
  minutes: string;
  category: ActCategory;
  cost: 'free' | 'money';
  link: string;
}

/** Longest text per field, in characters (the settings schema holds the same limits). */
export const TEXT_LIMITS = { personName: 60, causeName: 80, impact: 200, title: 120, howTo: 240 } as const;

/** A person to reach: a name, and optionally a phone number, email address or safe link. */
export function parsePerson(draft: PersonDraft, id: string): EntryInput<Person, keyof PersonDraft> {
  const errors: FieldErrors<keyof PersonDraft> = {};
  const name = requiredText(draft.name, TEXT_LIMITS.personName, (e) => (errors.name = e));
  const reach = link(reachLinkFromInput(draft.reach), (e) => (errors.reach = e));
  return finish(PersonSchema, { id, name, reach }, errors, 'name');
}

/** A cause the person chose: a name, an https page to give or volunteer, and what a small gift does. */
export function parseCause(draft: CauseDraft, id: string): EntryInput<Cause, keyof CauseDraft> {
  const errors: FieldErrors<keyof CauseDraft> = {};
  const name = requiredText(draft.name, TEXT_LIMITS.causeName, (e) => (errors.name = e));
  const url = link(httpsLinkFromInput(draft.url), (e) => (errors.url = e));
  const impact = optionalText(draft.impact, TEXT_LIMITS.impact, (e) => (errors.impact = e));
  return finish(CauseSchema, { id, name, url, impact }, errors, 'name');
}

/** An act the person wrote: title, how-to, 1–5 minutes, category, cost and an optional safe link. */
export function parseCustomAct(draft: CustomActDraft, id: string): EntryInput<CustomAct, keyof CustomActDraft> {
  const errors: FieldErrors<keyof CustomActDraft> = {};
  const title = requiredText(draft.title, TEXT_LIMITS.title, (e) => (errors.title = e));
  const howTo = optionalText(draft.howTo, TEXT_LIMITS.howTo, (e) => (errors.howTo = e));
  const minutes = Number(draft.minutes);
  if (!/^\s*[1-5]\s*$/.test(draft.minutes)) errors.minutes = { key: 'invalidNumber', substitutions: ['1', '5'] };
  const linkUrl = link(optionalLinkFromInput(draft.link), (e) => (errors.link = e));
  const act = { id, title, howTo, minutes, category: draft.category, cost: draft.cost, link: linkUrl };
  return finish(CustomActSchema, act, errors, 'title');
}

function requiredText(raw: string, max: number, fail: (error: MessageRef) => void): string {
  const text = raw.trim();
  if (text === '') fail({ key: 'fieldRequired' });
  else if (text.length > max) fail({ key: 'fieldTooLong', substitutions: [String(max)] });
  return text;
}

function optionalText(raw: string, max: number, fail: (error: MessageRef) => void): string {
  const text = raw.trim();
  if (text.length > max) fail({ key: 'fieldTooLong', substitutions: [String(max)] });
  return text;
}

function link(input: LinkInput, fail: (error: MessageRef) => void): string | null {
  if (input.ok) return input.url;
  fail(input.error);
  return null;
}

/** The schema has the last word, so nothing the settings would refuse is ever offered to them. */
function finish<T, F extends string>(
  schema: v.GenericSchema<unknown, T>,
  candidate: unknown,
  errors: FieldErrors<F>,
  fallbackField: F,
): EntryInput<T, F> {
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = v.safeParse(schema, candidate);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, errors: { [fallbackField]: { key: 'fieldInvalid' } } as FieldErrors<F> };
}
