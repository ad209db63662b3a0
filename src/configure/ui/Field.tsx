// One setting: its label, the control its kind needs, its hint and what is wrong with it, tied
// together for screen readers (aria-describedby, aria-invalid).

import { DEFAULT_THEME_COLORS } from '../../core/partner/contrast.js';
import { local } from '../../core/types.js';
import { listOf, optionsOf, type FieldSpec, type FieldValue } from '../fields.js';
import type { Problem } from '../validate.js';
import { useConfigurator } from './context.js';

export const fieldDomId = (id: string) => `cfg-${id}`;

interface FieldProps {
  field: FieldSpec;
  value: FieldValue;
  problem: Problem | undefined;
  /** A note under the field that is neither hint nor problem (the logo check). */
  note?: string | undefined;
  onChange: (value: FieldValue) => void;
}

export function Field({ field, value, problem, note, onChange }: FieldProps) {
  const { t } = useConfigurator();
  const id = fieldDomId(field.id);
  const hint = t(`fields.${field.id}.hint`);
  const described = [hint && `${id}-hint`, note && `${id}-note`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined;
  const messages = (
    <>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {note && (
        <p class="note" id={`${id}-note`}>
          {note}
        </p>
      )}
      {problem && (
        <p class="problem" id={`${id}-problem`}>
          {t(`problems.${problem.key}`, problem.vars)}
        </p>
      )}
    </>
  );
  if (field.kind === 'toggle') {
    return (
      <div class="field toggle">
        <input type="checkbox" id={id} checked={value === true} aria-describedby={described} onChange={(event) => onChange(event.currentTarget.checked)} />
        <label for={id}>{t(`fields.${field.id}.label`)}</label>
        {messages}
      </div>
    );
  }
  if (field.kind === 'choices') return <Choices field={field} value={value} described={described} messages={messages} onChange={onChange} />;
  return (
    <div class={`field ${field.kind}`}>
      <label for={id}>
        {t(`fields.${field.id}.label`)}
        {field.required && <span class="required">{t('required')}</span>}
      </label>
      <div class="control">
        {field.kind === 'select' ? (
          <Select field={field} id={id} value={String(value)} described={described} invalid={!!problem} onChange={onChange} />
        ) : (
          <TextInput field={field} id={id} value={String(value)} described={described} invalid={!!problem} onChange={onChange} />
        )}
        {field.kind === 'color' && <Swatch id={field.id} value={String(value)} onChange={onChange} />}
      </div>
      {messages}
    </div>
  );
}

/** What a text box or a list needs from its field. */
interface ControlProps {
  field: FieldSpec;
  id: string;
  value: string;
  described: string | undefined;
  invalid: boolean;
  onChange: (value: string) => void;
}

function TextInput({ field, id, value, described, invalid, onChange }: ControlProps) {
  return (
    <input
      id={id}
      type={field.kind === 'url' ? 'url' : field.kind === 'email' ? 'email' : 'text'}
      inputMode={field.kind === 'integer' ? 'numeric' : undefined}
      value={value}
      required={field.required}
      aria-invalid={invalid || undefined}
      aria-describedby={described}
      placeholder={field.kind === 'color' ? defaultColor(field.id) : undefined}
      autocomplete="off"
      spellcheck={false}
      onInput={(event) => onChange(event.currentTarget.value)}
    />
  );
}

function Select({ field, id, value, described, invalid, onChange }: ControlProps) {
  const { t, lang, choices } = useConfigurator();
  const titled = typeof field.options === 'string' ? choices[field.options] : undefined;
  const label = (option: string) => {
    const title = titled?.find((choice) => choice.id === option)?.title;
    return title ? local(title, lang) : t(`options.${field.id}.${option}`);
  };
  const options = [...optionsOf(field, choices), ...(field.id === 'rateTable' ? ['none'] : [])];
  // The empty choice says what the widget does without one ("Default: the first scheme").
  const named = t(`options.defaults.${field.id}`, { first: label(options[0] ?? '') });
  const defaultLabel = named.startsWith('options.') ? t('options.default') : named;
  return (
    <select id={id} value={value} aria-invalid={invalid || undefined} aria-describedby={described} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{defaultLabel}</option>
      {/* A loaded value that is not a choice stays visible, so the problem under it makes sense. */}
      {value !== '' && !options.includes(value) && <option value={value}>{value}</option>}
      {options.map((option) => (
        <option key={option} value={option}>
          {label(option)}
        </option>
      ))}
    </select>
  );
}

/** The browser's colour picker beside the text, for those who would rather pick than type. */
function Swatch({ id, value, onChange }: { id: string; value: string; onChange: (value: string) => void }) {
  const { t } = useConfigurator();
  // An empty field shows the colour the widget uses by default.
  const shown = value.trim() || (defaultColor(id) ?? '#ffffff');
  const hex = /^#[0-9a-fA-F]{6}$/.test(shown) ? shown : /^#[0-9a-fA-F]{3}$/.test(shown) ? shown.replace(/[0-9a-fA-F]/g, '$&$&') : '#ffffff';
  return (
    <input
      type="color"
      class="swatch"
      value={hex.toLowerCase()}
      aria-label={t('pickColor', { name: t(`fields.${id}.label`) })}
      onInput={(event) => onChange(event.currentTarget.value)}
    />
  );
}

function defaultColor(id: string): string | undefined {
  return Object.entries(DEFAULT_THEME_COLORS).find(([key]) => key === id)?.[1];
}

function Choices({
  field,
  value,
  described,
  messages,
  onChange,
}: {
  field: FieldSpec;
  value: FieldValue;
  described: string | undefined;
  messages: preact.JSX.Element;
  onChange: (value: FieldValue) => void;
}) {
  const { t, lang, choices } = useConfigurator();
  const chosen = listOf(value);
  const list = typeof field.options === 'string' ? choices[field.options] : [];
  return (
    <fieldset class="field choices" id={fieldDomId(field.id)} tabIndex={-1} aria-describedby={described}>
      <legend>{t(`fields.${field.id}.label`)}</legend>
      {list.map((choice) => (
        <div class="choice" key={choice.id}>
          <input
            type="checkbox"
            id={`${fieldDomId(field.id)}-${choice.id}`}
            checked={chosen.includes(choice.id)}
            onChange={(event) => onChange(event.currentTarget.checked ? [...chosen, choice.id] : chosen.filter((id) => id !== choice.id))}
          />
          <label for={`${fieldDomId(field.id)}-${choice.id}`}>{local(choice.title, lang)}</label>
        </div>
      ))}
      {messages}
    </fieldset>
  );
}
