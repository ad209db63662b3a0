// A typed field of the quote form: a one-line input (name, e-mail, phone…) or, for the message, a
// text area.

import type { QuoteFieldError } from '../../core/lib.js';
import { useT } from '../context.js';
import { Field } from './Field.js';
import { errorText, fieldId, useQuoteFields } from './quote-fields.js';

type TextKey = 'companyName' | 'contactName' | 'contactKana' | 'email' | 'phone' | 'postcode' | 'address' | 'message';

const AUTOCOMPLETE: Record<TextKey, string> = {
  companyName: 'organization',
  contactName: 'name',
  contactKana: 'off',
  email: 'email',
  phone: 'tel',
  postcode: 'postal-code',
  address: 'address-line1',
  message: 'off',
};

interface TextFieldProps {
  field: TextKey;
  required: boolean;
  error?: QuoteFieldError | undefined;
  type?: string;
  placeholder?: string;
  multiline?: boolean;
  /** What the field becomes when the owner leaves it, e.g. a postcode written as 100-0001. */
  tidy?: (text: string) => string;
}

export function TextField({ field, required, error, type = 'text', placeholder, multiline = false, tidy }: TextFieldProps) {
  const { t } = useT();
  const { fields, set } = useQuoteFields();
  const id = fieldId(field);
  return (
    <Field id={id} label={t(`quote.fields.${field}`)} required={required} error={errorText(t, field, error)}>
      {(describedBy) =>
        multiline ? (
          <textarea id={id} rows={4} value={fields[field]} aria-describedby={describedBy} onInput={(e) => set(field, e.currentTarget.value)} />
        ) : (
          <input
            id={id}
            type={type}
            autoComplete={AUTOCOMPLETE[field]}
            placeholder={placeholder}
            value={fields[field]}
            aria-required={required ? 'true' : undefined}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => set(field, e.currentTarget.value)}
            onBlur={tidy && ((e) => set(field, tidy(e.currentTarget.value)))}
          />
        )
      }
    </Field>
  );
}
