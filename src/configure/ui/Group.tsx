// One group of settings as a card: its everyday fields, then the rest under "more settings".

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fieldInUse } from '../form.js';
import { FIELDS, type FieldValue, type FormValues, type GroupId } from '../fields.js';
import type { Problem } from '../validate.js';
import { useConfigurator } from './context.js';
import { Field } from './Field.js';

interface GroupProps {
  group: GroupId;
  values: FormValues;
  problems: Record<string, Problem>;
  notes: Record<string, string | undefined>;
  onChange: (id: string, value: FieldValue) => void;
  /** Shown after the everyday fields (the contrast check, the test send). */
  children?: ComponentChildren;
}

export function Group({ group, values, problems, notes, onChange, children }: GroupProps) {
  const { t } = useConfigurator();
  const fields = FIELDS.filter((field) => field.group === group && fieldInUse(field, values));
  const render = (advanced: boolean) =>
    fields
      .filter((field) => (field.advanced ?? false) === advanced)
      .map((field) => (
        <Field
          key={field.id}
          field={field}
          value={values[field.id] ?? ''}
          problem={problems[field.id]}
          note={notes[field.id]}
          onChange={(value) => onChange(field.id, value)}
        />
      ));
  const advanced = render(true);
  // A problem in a hidden field opens its details, so the message is seen; nothing closes them but the partner.
  const advancedProblem = fields.some((field) => field.advanced && problems[field.id]);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (advancedProblem) setOpen(true);
  }, [advancedProblem]);
  return (
    <section class="group" aria-labelledby={`group-${group}`}>
      <h2 id={`group-${group}`}>{t(`groups.${group}`)}</h2>
      {render(false)}
      {children}
      {advanced.length > 0 && (
        <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t('more')}</summary>
          {advanced}
        </details>
      )}
    </section>
  );
}
