// The quote form's part on being contacted: by which means, at what time of day, and a message.

import { useT } from '../context.js';
import { Choices } from './Choices.js';
import { errorText, fieldId, type QuoteErrors, useQuoteFields } from './quote-fields.js';
import { SelectField } from './SelectField.js';
import { TextField } from './TextField.js';

const METHODS = ['email', 'phone', 'either'] as const;
const TIMES = ['morning', 'afternoon', 'evening', 'any'] as const;

export function ContactPreferenceFields({ errors }: { errors: QuoteErrors }) {
  const { t } = useT();
  const { fields, set } = useQuoteFields();
  return (
    <fieldset class="form-section">
      <legend>{t('quote.contactPrefHeading')}</legend>
      <Choices
        id={fieldId('contactMethod')}
        legend={t('quote.fields.contactMethod')}
        value={fields.contactMethod}
        options={METHODS.map((method) => [method, t(`quote.methods.${method}`)] as const)}
        error={errorText(t, 'contactMethod', errors.contactMethod)}
        onChange={(method) => set('contactMethod', method)}
      />
      <SelectField
        field="contactTime"
        required={false}
        value={fields.contactTime}
        options={TIMES.map((time) => [time, t(`quote.times.${time}`)] as const)}
        onChange={(time) => set('contactTime', time)}
      />
      <TextField field="message" required={false} multiline error={errors.message} />
    </fieldset>
  );
}
