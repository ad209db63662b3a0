// What underwriters ask beyond the check: the official industry, the legal form, the fiscal year, and how much revenue
// comes from abroad (and from where) and from IT work for others (asked only of companies that do
// such work). All optional: an owner who does not know still gets a quote.

import { LEGAL_FORMS, OVERSEAS_REGIONS, REVENUE_SHARES } from '../../core/lib.js';
import { useT, useWidget } from '../context.js';
import { IndustryField } from './IndustryField.js';
import { useQuoteFields } from './quote-fields.js';
import { SelectField } from './SelectField.js';

export function UnderwritingFields() {
  const { t } = useT();
  const { fields, set } = useQuoteFields();
  const doesItWork = useWidget((s) => s.answers.itServices === 'yes');
  const months = Array.from({ length: 12 }, (_, i) => [String(i + 1), t('quote.month', { month: i + 1 })] as const);
  const shares = REVENUE_SHARES.map((share) => [share, t(`quote.shares.${share}`)] as const);
  const toggleRegion = (region: (typeof OVERSEAS_REGIONS)[number]) =>
    set('overseasRegions', fields.overseasRegions.includes(region) ? fields.overseasRegions.filter((r) => r !== region) : [...fields.overseasRegions, region]);
  return (
    <>
      <p class="note">{t('quote.underwritingHint')}</p>
      <IndustryField />
      <SelectField
        field="legalForm"
        required={false}
        value={fields.legalForm}
        options={LEGAL_FORMS.map((form) => [form, t(`quote.legalForms.${form}`)] as const)}
        onChange={(form) => set('legalForm', form)}
      />
      <SelectField field="fiscalYearEnd" required={false} value={fields.fiscalYearEnd} options={months} onChange={(month) => set('fiscalYearEnd', month)} />
      <SelectField field="overseasShare" required={false} value={fields.overseasShare} options={shares} onChange={(share) => set('overseasShare', share)} />
      {fields.overseasShare !== '' && fields.overseasShare !== 'none' && (
        <fieldset class="checks">
          <legend>{t('quote.fields.overseasRegions')}</legend>
          {OVERSEAS_REGIONS.map((region) => (
            <label class="option" key={region}>
              <input type="checkbox" checked={fields.overseasRegions.includes(region)} onChange={() => toggleRegion(region)} />
              <span>{t(`quote.regions.${region}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      {doesItWork && <SelectField field="itShare" required={false} value={fields.itShare} options={shares} onChange={(share) => set('itShare', share)} />}
    </>
  );
}
