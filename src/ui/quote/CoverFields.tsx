// The quote form's cover part: the plan wanted, the limits (from the partner's coverage program)
// and the optional extras.

import { local } from '../../i18n/index.js';
import { useT, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { Choices } from './Choices.js';
import { errorText, fieldId, type QuoteErrors, useQuoteFields } from './quote-fields.js';
import { SelectField } from './SelectField.js';

const PLANS = ['basic', 'wide', 'unsure'] as const;

export function CoverFields({ errors }: { errors: QuoteErrors }) {
  const { partner } = useWidgetContext();
  const { content } = useFullContent();
  const { t, lang } = useT();
  const { fields, set } = useQuoteFields();
  const program = content.loss.coverage.find((p) => p.id === partner.quote.coverage) ?? content.loss.coverage[0];
  return (
    <fieldset class="form-section">
      <legend>{t('quote.coverHeading')}</legend>
      <Choices
        id={fieldId('plan')}
        legend={t('quote.fields.plan')}
        value={fields.plan}
        options={PLANS.map((plan) => [plan, t(`quote.plans.${plan}`)] as const)}
        error={errorText(t, 'plan', errors.plan)}
        onChange={(plan) => set('plan', plan)}
      />
      {program && (
        <SelectField
          field="limitSet"
          required={false}
          value={fields.limitSet}
          options={[...program.limitSets.map((l) => [l.id, local(l.label, lang)] as const), ['unsure', t('quote.unsure')] as const]}
          onChange={(limitSet) => set('limitSet', limitSet)}
        />
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
  );
}
