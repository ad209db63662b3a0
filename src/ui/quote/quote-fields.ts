// The quote form's fields: their element ids, the order they are checked in, the message for each
// problem, and the hook that reads and sets them in the store.

import type { QuoteFieldError, QuoteFieldKey, QuoteFields } from '../../core/lib.js';
import type { TFunction } from '../../i18n/index.js';
import { useWidget, useWidgetContext } from '../context.js';

/** The problems found in the form, by field. */
export type QuoteErrors = Partial<Record<QuoteFieldKey, QuoteFieldError>>;

/** Field ids in the order the form shows them, for "focus the first problem". */
export const FIELD_ORDER: QuoteFieldKey[] = [
  'companyName',
  'contactName',
  'contactKana',
  'email',
  'phone',
  'postcode',
  'prefecture',
  'industry',
  'revenue',
  'plan',
  'contactMethod',
  'consent',
];

export function fieldId(key: QuoteFieldKey): string {
  return `quote-${key}`;
}

/** Where focus goes for a field with a problem: profile answers live in their question fields. */
export function focusSelector(key: QuoteFieldKey): string {
  if (key === 'industry') return '[data-question="industry"] input';
  if (key === 'revenue') return '#q-revenue';
  return `#${fieldId(key)}`;
}

/** The message for a field's problem, or undefined when it has none. */
export function errorText(t: TFunction, key: QuoteFieldKey, error: QuoteFieldError | undefined): string | undefined {
  if (!error) return undefined;
  if (key === 'consent') return t('quote.errors.consent');
  if (error === 'invalid' && (key === 'email' || key === 'phone' || key === 'postcode' || key === 'contactKana')) return t(`quote.errors.${key}`);
  return t(['plan', 'contactMethod', 'prefecture', 'industry'].includes(key) ? 'quote.errors.requiredChoice' : `quote.errors.${error}`);
}

/** The form's values as the store holds them, and a setter for one of them. */
export function useQuoteFields() {
  const { store } = useWidgetContext();
  const fields = useWidget((s) => s.quote);
  const set = <K extends keyof QuoteFields>(key: K, value: QuoteFields[K]) => store.getState().setQuoteField(key, value);
  return { fields, set };
}
