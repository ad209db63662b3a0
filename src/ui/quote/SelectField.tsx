// A drop-down field of the quote form (prefecture, legal form, fiscal year end, shares of revenue, limits, time to call), starting
// with "please choose", which leaves the field empty.

import { useT } from '../context.js';
import { Field } from './Field.js';
import { fieldId } from './quote-fields.js';

interface SelectFieldProps<V extends string> {
  field: 'prefecture' | 'fiscalYearEnd' | 'limitSet' | 'contactTime' | 'legalForm' | 'overseasShare' | 'itShare';
  required: boolean;
  error?: string | undefined;
  value: string;
  /** Each option's value and label, in the order shown after "please choose". */
  options: (readonly [V, string])[];
  onChange: (value: V | '') => void;
}

export function SelectField<V extends string>({ field, required, error, value, options, onChange }: SelectFieldProps<V>) {
  const { t } = useT();
  const id = fieldId(field);
  const choose = (chosen: string) => onChange(options.find(([v]) => v === chosen)?.[0] ?? '');
  return (
    <Field id={id} label={t(`quote.fields.${field}`)} required={required} error={error}>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onChange={(e) => choose(e.currentTarget.value)}
        >
          <option value="">{t('quote.choose')}</option>
          {options.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
