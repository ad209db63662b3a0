// A required one-of choice of the quote form (the plan, the contact method) as a group of radios.
// A problem is the group's: the group is marked invalid and described by the message.

import { useT } from '../context.js';

interface ChoicesProps<V extends string> {
  id: string;
  legend: string;
  value: string;
  /** Each option's value and label, in the order shown. */
  options: (readonly [V, string])[];
  error?: string | undefined;
  onChange: (value: V) => void;
}

export function Choices<V extends string>({ id, legend, value, options, error, onChange }: ChoicesProps<V>) {
  const { t } = useT();
  return (
    <fieldset class="choices" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend} <span class="field-tag">{t('quote.required')}</span>
      </legend>
      <div class="options">
        {options.map(([v, label], i) => (
          <label class="option" key={v}>
            <input type="radio" name={id} id={i === 0 ? id : undefined} value={v} checked={value === v} onChange={() => onChange(v)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
