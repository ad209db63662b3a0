// One labelled field of the quote form: its label with "required" or "optional", the control, and
// its error message, which the control names through aria-describedby.

import type { ComponentChildren } from 'preact';
import { useT } from '../context.js';

interface FieldProps {
  id: string;
  label: string;
  required: boolean;
  error?: string | undefined;
  /** The control, given the id of the error message to describe it with, if there is one. */
  children: (describedBy: string | undefined) => ComponentChildren;
}

export function Field({ id, label, required, error, children }: FieldProps) {
  const { t } = useT();
  return (
    <div class="field">
      <label for={id}>
        {label} <span class="field-tag">{required ? t('quote.required') : t('quote.optional')}</span>
      </label>
      {children(error ? `${id}-error` : undefined)}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
