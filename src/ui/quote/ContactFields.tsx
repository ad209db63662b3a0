// The quote form's first part: who is asking, how to reach them, and where the company is.

import { parseKana, parsePostcode, type ContactResult } from '../../core/lib.js';
import { useT } from '../context.js';
import { errorText, type QuoteErrors, useQuoteFields } from './quote-fields.js';
import { SelectField } from './SelectField.js';
import { TextField } from './TextField.js';

/** A field as its parser writes it once it parses (a postcode as 100-0001, a reading in katakana); anything else stays as typed. */
function tidiedBy(parse: (text: string) => ContactResult) {
  return (text: string) => {
    const parsed = parse(text);
    return parsed.ok ? parsed.value : text;
  };
}
const tidyPostcode = tidiedBy(parsePostcode);
const tidyKana = tidiedBy(parseKana);

export function ContactFields({ errors }: { errors: QuoteErrors }) {
  const { t } = useT();
  const { fields, set } = useQuoteFields();
  // Japan's prefectures by their JIS codes, 01 (Hokkaido) to 47 (Okinawa).
  const prefectures = Array.from({ length: 47 }, (_, i) => {
    const code = String(i + 1).padStart(2, '0');
    return [code, t(`prefectures.${code}`)] as const;
  });
  return (
    <fieldset class="form-section">
      <legend>{t('quote.contactHeading')}</legend>
      <TextField field="companyName" required error={errors.companyName} />
      <TextField field="contactName" required error={errors.contactName} />
      <TextField field="contactKana" required={false} placeholder={t('quote.placeholders.contactKana')} error={errors.contactKana} tidy={tidyKana} />
      <TextField field="email" required type="email" placeholder={t('quote.placeholders.email')} error={errors.email} />
      <TextField field="phone" required={fields.contactMethod === 'phone'} type="tel" placeholder={t('quote.placeholders.phone')} error={errors.phone} />
      <TextField field="postcode" required={false} placeholder={t('quote.placeholders.postcode')} error={errors.postcode} tidy={tidyPostcode} />
      <SelectField
        field="prefecture"
        required
        value={fields.prefecture}
        options={prefectures}
        error={errorText(t, 'prefecture', errors.prefecture)}
        onChange={(code) => set('prefecture', code)}
      />
      <TextField field="address" required={false} placeholder={t('quote.placeholders.address')} />
    </fieldset>
  );
}
