// One field's value checked as the widget's schema would check it, with a reason the form can say
// in plain words next to the field (the keys are translated in the configurator's strings).

import type { ContentChoices } from '../core/content/parts.js';
import { isAllowedWebhookUrl } from '../core/quote/webhook-url.js';
import { optionsOf, type FieldSpec, type FieldValue } from './fields.js';

export const PROBLEM_KEYS = [
  'required',
  'tooLong',
  'id',
  'url',
  'https',
  'email',
  'color',
  'font',
  'integer',
  'unknown',
  'atLeastOne',
  'names',
  'wrongType',
  'logoUnreachable',
  'privacyNeeded',
] as const;
export type ProblemKey = (typeof PROBLEM_KEYS)[number];

export interface Problem {
  key: ProblemKey;
  /** Values for the message: a limit, the wrong value. */
  vars?: Record<string, string | number>;
}

const PATTERNS = {
  id: /^[a-z][a-zA-Z0-9-]*$/,
  url: /^(https?:\/\/|\/)\S*$/,
  // Stricter than the schema on purpose (text@text): a dot after the @ catches the slip "name@example".
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  color: /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|rgb\(\s*\d{1,3}\s*,\s*\d{1,3}\s*,\s*\d{1,3}\s*\))$/,
  font: /^[A-Za-z0-9 ,"'\-\u3000-\u9fff]+$/,
  name: /^[A-Za-z][\w.-]{0,39}$/,
};

/** URL parameter names as the owner typed them: separated by commas (either width), spaces or 、. */
export function splitNames(text: string): string[] {
  return text.split(/[\s,，、]+/).filter(Boolean);
}

/** Where a relative address will be read: a page on the partner's own site, served over https. */
export const PARTNER_PAGE = 'https://partner.invalid/';

/** A webhook address a browser may post a lead to; a path on the partner's own site is read as https. */
function isSecureWebhook(url: string): boolean {
  return isAllowedWebhookUrl(url, PARTNER_PAGE);
}

function textProblem(field: FieldSpec, text: string): Problem | undefined {
  if (field.maxLength !== undefined && text.length > field.maxLength) return { key: 'tooLong', vars: { max: field.maxLength } };
  switch (field.kind) {
    case 'id':
      return PATTERNS.id.test(text) ? undefined : { key: 'id' };
    case 'url':
      if (!PATTERNS.url.test(text)) return { key: 'url' };
      return field.https && !isSecureWebhook(text) ? { key: 'https' } : undefined;
    case 'email':
      return PATTERNS.email.test(text) ? undefined : { key: 'email' };
    case 'color':
      return PATTERNS.color.test(text) ? undefined : { key: 'color' };
    case 'integer': {
      const [min, max] = [field.min ?? 0, field.max ?? Number.MAX_SAFE_INTEGER];
      return /^\d+$/.test(text) && Number(text) >= min && Number(text) <= max ? undefined : { key: 'integer', vars: { min, max } };
    }
    case 'names': {
      const names = splitNames(text);
      const fits = names.length <= 10 && new Set(names).size === names.length && names.every((name) => PATTERNS.name.test(name));
      return fits ? undefined : { key: 'names' };
    }
    case 'text':
      return field.id === 'fontFamily' && !PATTERNS.font.test(text) ? { key: 'font' } : undefined;
    default:
      return undefined;
  }
}

/** What is wrong with a field's value, if anything. Empty text is fine unless the field is required. */
export function fieldProblem(field: FieldSpec, value: FieldValue, choices: ContentChoices): Problem | undefined {
  if (typeof value === 'boolean') return undefined;
  if (typeof value !== 'string') {
    const known = optionsOf(field, choices);
    if (value.length === 0) return { key: 'atLeastOne' };
    const unknown = value.find((id) => !known.includes(id));
    return unknown === undefined ? undefined : { key: 'unknown', vars: { value: unknown } };
  }
  const text = value.trim();
  if (text === '') return field.required ? { key: 'required' } : undefined;
  if (field.kind === 'select')
    return optionsOf(field, choices).includes(text) || (field.id === 'rateTable' && text === 'none') ? undefined : { key: 'unknown', vars: { value: text } };
  return textProblem(field, text);
}
