// Every setting the configurator offers, as data: the group it sits in (as a chamber's staff think
// of them, not as the JSON nests them), what kind of value it takes, and where it lives in the
// partner configuration. form.ts turns a configuration into these fields and back.

import type { ContentChoices } from '../core/content/parts.js';

export const GROUPS = ['company', 'design', 'delivery', 'discounts', 'seminar'] as const;
export type GroupId = (typeof GROUPS)[number];

export type FieldKind =
  /** One line of text. */
  | 'text'
  /** An identifier: a lower-case letter, then letters, digits and hyphens. */
  | 'id'
  | 'url'
  | 'email'
  /** #rgb, #rrggbb or rgb(). */
  | 'color'
  /** One of `options` ('' for the default). */
  | 'select'
  | 'integer'
  /** On or off. */
  | 'toggle'
  /** Several of `options`. */
  | 'choices'
  /** URL parameter names, separated by commas or spaces. */
  | 'names';

export interface FieldSpec {
  id: string;
  group: GroupId;
  kind: FieldKind;
  /** Where the value lives in the configuration; absent for fields form.ts places itself. */
  path?: readonly string[];
  required?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Fixed options, or a list of the content's (discount schemes, scenarios…). */
  options?: readonly string[] | keyof ContentChoices;
  /** Webhook addresses must be https (http only to this machine). */
  https?: boolean;
  /** Shown under "more settings": most partners leave it alone. */
  advanced?: boolean;
  /** Shown only while this toggle is on. */
  when?: string;
  /** Not shown while this field has this value (a setting that choice makes meaningless). */
  unless?: { field: string; value: string };
  /** The value the form starts with. */
  initial?: boolean;
}

const COLOR_FIELDS = ['primary', 'primaryContrast', 'text', 'surface', 'muted', 'subtle', 'border', 'focus', 'error'] as const;
const MAIN_COLORS = new Set(['primary', 'primaryContrast', 'text', 'surface']);

export const FIELDS: readonly FieldSpec[] = [
  { id: 'partnerName', group: 'company', kind: 'text', path: ['partner', 'name'], required: true, maxLength: 80 },
  { id: 'partnerId', group: 'company', kind: 'id', path: ['partner', 'id'], required: true },
  { id: 'logoUrl', group: 'company', kind: 'url', path: ['partner', 'logoUrl'] },
  { id: 'phone', group: 'company', kind: 'text', path: ['partner', 'contact', 'phone'], maxLength: 40 },
  { id: 'hours', group: 'company', kind: 'text', path: ['partner', 'contact', 'hours'], maxLength: 80 },
  { id: 'email', group: 'company', kind: 'email', path: ['partner', 'contact', 'email'], maxLength: 120 },
  { id: 'contactUrl', group: 'company', kind: 'url', path: ['partner', 'contact', 'url'] },
  { id: 'privacyPolicyUrl', group: 'company', kind: 'url', path: ['partner', 'privacyPolicyUrl'] },
  { id: 'lang', group: 'company', kind: 'select', path: ['lang'], options: ['ja', 'en'] },
  ...COLOR_FIELDS.map((key): FieldSpec => ({ id: key, group: 'design', kind: 'color', path: ['theme', key], advanced: !MAIN_COLORS.has(key) })),
  { id: 'radius', group: 'design', kind: 'integer', path: ['theme', 'radius'], min: 0, max: 32, advanced: true },
  { id: 'fontFamily', group: 'design', kind: 'text', path: ['theme', 'fontFamily'], maxLength: 200, advanced: true },
  { id: 'webhookUrl', group: 'delivery', kind: 'url', https: true },
  { id: 'webhookFormat', group: 'delivery', kind: 'select', options: ['simple', 'json'], advanced: true },
  { id: 'mailTo', group: 'delivery', kind: 'email', maxLength: 120 },
  { id: 'mailSubject', group: 'delivery', kind: 'text', maxLength: 120, advanced: true },
  { id: 'agentLanguage', group: 'delivery', kind: 'select', path: ['quote', 'agentLanguage'], options: ['ja', 'en'], advanced: true },
  { id: 'attribution', group: 'delivery', kind: 'toggle', initial: true, advanced: true },
  { id: 'attributionParams', group: 'delivery', kind: 'names', when: 'attribution', advanced: true },
  { id: 'test', group: 'delivery', kind: 'toggle', path: ['test'] },
  { id: 'discountScheme', group: 'discounts', kind: 'select', path: ['discountScheme'], options: 'discountSchemes' },
  { id: 'rateTable', group: 'discounts', kind: 'select', options: 'rateTables' },
  { id: 'coverage', group: 'discounts', kind: 'select', path: ['coverage'], options: 'coverage' },
  { id: 'scenarios', group: 'discounts', kind: 'choices', options: 'scenarios', advanced: true },
  { id: 'starLadder', group: 'discounts', kind: 'toggle', initial: true },
  { id: 'seminar', group: 'seminar', kind: 'toggle' },
  { id: 'seminarRole', group: 'seminar', kind: 'select', options: ['presenter'], when: 'seminar' },
  // A presenter's screen never starts over by itself: these are for attendees' phones.
  { id: 'idleResetSeconds', group: 'seminar', kind: 'integer', min: 5, max: 3600, when: 'seminar', unless: { field: 'seminarRole', value: 'presenter' } },
  { id: 'countdownSeconds', group: 'seminar', kind: 'integer', min: 3, max: 120, when: 'seminar', unless: { field: 'seminarRole', value: 'presenter' } },
  { id: 'fullVersionUrl', group: 'seminar', kind: 'url', when: 'seminar' },
  { id: 'attendeeUrl', group: 'seminar', kind: 'url', when: 'seminar' },
  { id: 'persist', group: 'seminar', kind: 'select', path: ['persist'], options: ['local', 'session', 'none'], advanced: true },
];

/** The field with this id; an unknown id is a mistake in this code, not in anyone's input. */
export function fieldById(id: string): FieldSpec {
  const found = FIELDS.find((field) => field.id === id);
  if (!found) throw new Error(`no configurator field ${id}`);
  return found;
}

/** A field's value: text for most, on/off for toggles, a list for choices. */
export type FieldValue = string | boolean | readonly string[];
export type FormValues = Record<string, FieldValue>;

/** The options of a select or choices field, for the content at hand. */
export function optionsOf(field: FieldSpec, choices: ContentChoices): readonly string[] {
  if (field.options === undefined) return [];
  return typeof field.options === 'string' ? choices[field.options].map((choice) => choice.id) : field.options;
}

/** A choices field's value as the list it is (empty for any other value). */
export function listOf(value: FieldValue | undefined): readonly string[] {
  return typeof value === 'object' ? value : [];
}

/** A form with nothing filled in: every default, and every one of a list chosen. */
export function emptyForm(choices: ContentChoices): FormValues {
  const initial = (field: FieldSpec): FieldValue => {
    if (field.kind === 'toggle') return field.initial === true;
    return field.kind === 'choices' ? optionsOf(field, choices) : '';
  };
  return Object.fromEntries(FIELDS.map((field) => [field.id, initial(field)]));
}
