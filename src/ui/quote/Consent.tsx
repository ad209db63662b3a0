// The quote form's consent: to send the answers and the results to the partner named, with a link
// to the partner's privacy policy. Nothing is sent without it.

import { useT, useWidgetContext } from '../context.js';
import { fieldId, type QuoteErrors, useQuoteFields } from './quote-fields.js';

export function Consent({ errors }: { errors: QuoteErrors }) {
  const { partner } = useWidgetContext();
  const { t } = useT();
  const { fields, set } = useQuoteFields();
  const { name: recipient, privacyPolicyUrl } = partner.quote;
  return (
    <div class="consent">
      <label class="option">
        <input
          id={fieldId('consent')}
          type="checkbox"
          checked={fields.consent}
          aria-invalid={errors.consent ? 'true' : undefined}
          aria-describedby={errors.consent ? 'quote-consent-error' : undefined}
          onChange={(e) => set('consent', e.currentTarget.checked)}
        />
        <span>{recipient ? t('quote.consentText', { recipient }) : t('quote.consentTextNoRecipient')}</span>
      </label>
      {privacyPolicyUrl && (
        <a href={privacyPolicyUrl} target="_blank" rel="noopener">
          {t('quote.privacyLink')}
        </a>
      )}
      {errors.consent && (
        <p class="error" id="quote-consent-error">
          {t('quote.errors.consent')}
        </p>
      )}
    </div>
  );
}
