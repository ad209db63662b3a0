// The quote request: contact details, the company facts already answered (edited in place, so
// nothing is typed twice), the cover wanted, and consent. Nothing leaves the page before the
// consent box is ticked and Send is pressed.

import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  buildQuoteRequest,
  RESULTS_STEP,
  newIdempotencyKey,
  validateQuote,
  version,
  type QuoteFieldError,
  type QuoteFieldKey,
  type QuoteFields,
} from '../../core/lib.js';
import { local } from '../../i18n/index.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { QuestionField } from '../question/QuestionField.js';
import { StepHeading } from '../StepHeading.js';
import { deliver } from './deliver.js';
import { QuoteOutcome } from './QuoteOutcome.js';

type TextKey = 'companyName' | 'contactName' | 'email' | 'phone' | 'postcode' | 'message';

const AUTOCOMPLETE: Record<TextKey, string> = {
  companyName: 'organization',
  contactName: 'name',
  email: 'email',
  phone: 'tel',
  postcode: 'postal-code',
  message: 'off',
};

/** Field ids in the order the form shows them, for "focus the first problem". */
const FIELD_ORDER: QuoteFieldKey[] = [
  'companyName',
  'contactName',
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

function fieldId(key: QuoteFieldKey): string {
  return `quote-${key}`;
}

/** Where focus goes for a field with a problem: profile answers live in their question fields. */
function focusSelector(key: QuoteFieldKey): string {
  if (key === 'industry') return '[data-question="industry"] input';
  if (key === 'revenue') return '#q-revenue';
  return `#${fieldId(key)}`;
}

export function QuoteForm() {
  const { store, partner, i18n, emit, ensureLanguage } = useWidgetContext();
  const { content, scheme } = useFullContent();
  const { t, lang } = useT();
  const fields = useWidget((s) => s.quote);
  const answers = useWidget((s) => s.answers);
  const submission = useWidget((s) => s.submission);
  const [attempted, setAttempted] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors = useMemo(() => validateQuote(fields, answers), [fields, answers]);
  const shownErrors = attempted ? errors : {};
  const settings = partner.quote;
  const agentLang = settings.agentLanguage ?? 'ja';
  // Loaded while the owner types, so that sending does not wait for it.
  useEffect(() => void ensureLanguage(agentLang), [ensureLanguage, agentLang]);
  const recipient = settings.name;
  const willSend = settings.channels.length > 0;
  const program = content.loss.coverage.find((p) => p.id === settings.coverage) ?? content.loss.coverage[0];
  const profileQuestions = ['industry', 'revenue', 'employees', 'chamberMember', 'pastIncidents']
    .map((id) => content.questions.find((q) => q.id === id))
    .filter((q) => q !== undefined);
  const set = <K extends keyof QuoteFields>(key: K, value: QuoteFields[K]) => store.getState().setQuoteField(key, value);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (submission.status === 'sending') return;
    const problems = FIELD_ORDER.filter((key) => errors[key]);
    if (problems.length > 0) {
      setAttempted(true);
      const first = form.current?.querySelector<HTMLElement>(focusSelector(problems[0]!));
      first?.focus();
      return;
    }
    // A retry keeps the key, so the receiver stores the request once however often it arrives.
    const idempotencyKey = submission.status === 'failed' && submission.request ? submission.request.idempotencyKey : newIdempotencyKey();
    // The request is written in the agent's language, which the owner may never have loaded.
    await ensureLanguage(agentLang);
    const request = buildQuoteRequest({ content, answers, fields, partner: settings, scheme, widgetVersion: version, idempotencyKey, now: new Date() });
    store.getState().setSubmission({ status: 'sending', request });
    const agentT = i18n.getFixedT(request.language);
    const result = await deliver(request, { partner: settings, content, t: agentT, emit, open: (url) => window.open(url, '_blank', 'noopener') });
    store.getState().setSubmission(result);
  };

  if (submission.status === 'sent' && submission.request) return <QuoteOutcome />;

  const errorText = (key: QuoteFieldKey, error: QuoteFieldError | undefined) => {
    if (!error) return undefined;
    if (key === 'consent') return t('quote.errors.consent');
    if (error === 'invalid' && (key === 'email' || key === 'phone' || key === 'postcode')) return t(`quote.errors.${key}`);
    return t(['plan', 'contactMethod', 'prefecture', 'industry'].includes(key) ? 'quote.errors.requiredChoice' : `quote.errors.${error}`);
  };
  const text = (key: TextKey, required: boolean, extra: { type?: string; placeholder?: string; multiline?: boolean } = {}) => (
    <Field id={fieldId(key)} label={t(`quote.fields.${key}`)} required={required} error={errorText(key, shownErrors[key])}>
      {(describedBy) =>
        extra.multiline ? (
          <textarea id={fieldId(key)} rows={4} value={fields[key]} aria-describedby={describedBy} onInput={(e) => set(key, e.currentTarget.value)} />
        ) : (
          <input
            id={fieldId(key)}
            type={extra.type ?? 'text'}
            autoComplete={AUTOCOMPLETE[key]}
            placeholder={extra.placeholder}
            value={fields[key]}
            aria-required={required ? 'true' : undefined}
            aria-invalid={shownErrors[key] ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => set(key, e.currentTarget.value)}
          />
        )
      }
    </Field>
  );
  const errorCount = Object.keys(shownErrors).length;

  return (
    <section class="step quote" aria-labelledby="step-heading">
      <StepHeading>{t('quote.heading')}</StepHeading>
      <p class="lead">{t('quote.intro')}</p>
      {submission.status === 'failed' && <QuoteOutcome />}
      <form ref={form} noValidate onSubmit={submit}>
        <fieldset class="form-section">
          <legend>{t('quote.contactHeading')}</legend>
          {text('companyName', true)}
          {text('contactName', true)}
          {text('email', true, { type: 'email', placeholder: t('quote.placeholders.email') })}
          {text('phone', fields.contactMethod === 'phone', { type: 'tel', placeholder: t('quote.placeholders.phone') })}
          {text('postcode', false, { placeholder: t('quote.placeholders.postcode') })}
          <Field id={fieldId('prefecture')} label={t('quote.fields.prefecture')} required error={errorText('prefecture', shownErrors.prefecture)}>
            {(describedBy) => (
              <select
                id={fieldId('prefecture')}
                value={fields.prefecture}
                aria-required="true"
                aria-invalid={shownErrors.prefecture ? 'true' : undefined}
                aria-describedby={describedBy}
                onChange={(e) => set('prefecture', e.currentTarget.value)}
              >
                <option value="">{t('quote.choose')}</option>
                {Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0')).map((code) => (
                  <option key={code} value={code}>
                    {t(`prefectures.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset class="form-section">
          <legend>{t('quote.companyHeading')}</legend>
          <p class="note">{t('quote.companyHint')}</p>
          <div class="questions">
            {profileQuestions.map((q) => (
              <QuestionField key={q.id} question={q} showErrors={attempted} />
            ))}
          </div>
          {(['industry', 'revenue'] as const).map((key, i) =>
            shownErrors[key] ? (
              <p class="error" key={key} id={`quote-${key}-error`}>
                {t('quote.errorFor', { label: local(profileQuestions[i]!.text, lang), message: errorText(key, shownErrors[key]) })}
              </p>
            ) : null,
          )}
          <Field id={fieldId('fiscalYearEnd')} label={t('quote.fields.fiscalYearEnd')} required={false}>
            {(describedBy) => (
              <select
                id={fieldId('fiscalYearEnd')}
                value={fields.fiscalYearEnd}
                aria-describedby={describedBy}
                onChange={(e) => set('fiscalYearEnd', e.currentTarget.value)}
              >
                <option value="">{t('quote.choose')}</option>
                {Array.from({ length: 12 }, (_, i) => String(i + 1)).map((m) => (
                  <option key={m} value={m}>
                    {t('quote.month', { month: m })}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>

        <fieldset class="form-section">
          <legend>{t('quote.coverHeading')}</legend>
          <Choices
            id={fieldId('plan')}
            legend={t('quote.fields.plan')}
            value={fields.plan}
            options={(['basic', 'wide', 'unsure'] as const).map((v) => [v, t(`quote.plans.${v}`)])}
            error={errorText('plan', shownErrors.plan)}
            onChange={(v) => set('plan', v as QuoteFields['plan'])}
          />
          {program && (
            <Field id={fieldId('limitSet')} label={t('quote.fields.limitSet')} required={false}>
              {(describedBy) => (
                <select
                  id={fieldId('limitSet')}
                  value={fields.limitSet}
                  aria-describedby={describedBy}
                  onChange={(e) => set('limitSet', e.currentTarget.value)}
                >
                  <option value="">{t('quote.choose')}</option>
                  {program.limitSets.map((l) => (
                    <option key={l.id} value={l.id}>
                      {local(l.label, lang)}
                    </option>
                  ))}
                  <option value="unsure">{t('quote.unsure')}</option>
                </select>
              )}
            </Field>
          )}
          <fieldset class="checks">
            <legend>{t('quote.fields.options')}</legend>
            <label class="option">
              <input type="checkbox" checked={fields.optionItServices} onChange={(e) => set('optionItServices', e.currentTarget.checked)} />
              <span>{t('quote.fields.optionItServices')}</span>
            </label>
            <label class="option">
              <input type="checkbox" checked={fields.optionBusinessInterruption} onChange={(e) => set('optionBusinessInterruption', e.currentTarget.checked)} />
              <span>{t('quote.fields.optionBusinessInterruption')}</span>
            </label>
          </fieldset>
        </fieldset>

        <fieldset class="form-section">
          <legend>{t('quote.contactPrefHeading')}</legend>
          <Choices
            id={fieldId('contactMethod')}
            legend={t('quote.fields.contactMethod')}
            value={fields.contactMethod}
            options={(['email', 'phone', 'either'] as const).map((v) => [v, t(`quote.methods.${v}`)])}
            error={errorText('contactMethod', shownErrors.contactMethod)}
            onChange={(v) => set('contactMethod', v as QuoteFields['contactMethod'])}
          />
          <Field id={fieldId('contactTime')} label={t('quote.fields.contactTime')} required={false}>
            {(describedBy) => (
              <select
                id={fieldId('contactTime')}
                value={fields.contactTime}
                aria-describedby={describedBy}
                onChange={(e) => set('contactTime', e.currentTarget.value as QuoteFields['contactTime'])}
              >
                <option value="">{t('quote.choose')}</option>
                {(['morning', 'afternoon', 'evening', 'any'] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(`quote.times.${v}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('message', false, { multiline: true })}
        </fieldset>

        <div class="consent">
          <label class="option">
            <input
              id={fieldId('consent')}
              type="checkbox"
              checked={fields.consent}
              aria-invalid={shownErrors.consent ? 'true' : undefined}
              aria-describedby={shownErrors.consent ? 'quote-consent-error' : undefined}
              onChange={(e) => set('consent', e.currentTarget.checked)}
            />
            <span>{recipient ? t('quote.consentText', { recipient }) : t('quote.consentTextNoRecipient')}</span>
          </label>
          {settings.privacyPolicyUrl && (
            <a href={settings.privacyPolicyUrl} target="_blank" rel="noopener">
              {t('quote.privacyLink')}
            </a>
          )}
          {shownErrors.consent && (
            <p class="error" id="quote-consent-error">
              {t('quote.errors.consent')}
            </p>
          )}
        </div>

        <p class="error-summary" role="alert">
          {errorCount > 0 ? t('quote.errors.summary', { count: errorCount }) : ''}
        </p>
        <div class="step-nav">
          <button type="button" class="button secondary" onClick={() => store.getState().goTo(RESULTS_STEP)}>
            {t('quote.back')}
          </button>
          <button type="submit" class="button primary" aria-disabled={submission.status === 'sending' ? 'true' : undefined}>
            {submission.status === 'sending'
              ? t('quote.sending')
              : willSend
                ? t('quote.send', { recipient: recipient || t('quote.heading') })
                : t('quote.prepare')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface FieldProps {
  id: string;
  label: string;
  required: boolean;
  error?: string | undefined;
  children: (describedBy: string | undefined) => ComponentChildren;
}

function Field({ id, label, required, error, children }: FieldProps) {
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

interface ChoicesProps {
  id: string;
  legend: string;
  value: string;
  options: [string, string][];
  error?: string | undefined;
  onChange: (value: string) => void;
}

function Choices({ id, legend, value, options, error, onChange }: ChoicesProps) {
  const { t } = useT();
  return (
    <fieldset class="choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>
        {legend} <span class="field-tag">{t('quote.required')}</span>
      </legend>
      <div class="options">
        {options.map(([v, label], i) => (
          <label class="option" key={v}>
            <input
              type="radio"
              name={id}
              id={i === 0 ? id : undefined}
              value={v}
              checked={value === v}
              aria-invalid={error ? 'true' : undefined}
              onChange={() => onChange(v)}
            />
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
