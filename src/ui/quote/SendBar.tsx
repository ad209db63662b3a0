// The foot of the quote form: how many fields need fixing, back to the results, and Send (or
// Prepare, when the partner has no channel to send through).

import { RESULTS_STEP } from '../../core/lib.js';
import { useT, useWidget, useWidgetContext } from '../context.js';

export function SendBar({ errorCount }: { errorCount: number }) {
  const { store, partner } = useWidgetContext();
  const { t } = useT();
  const sending = useWidget((s) => s.submission.status === 'sending');
  const recipient = partner.quote.name;
  const willSend = partner.quote.channels.length > 0;
  return (
    <>
      <p class="error-summary" role="alert">
        {errorCount > 0 ? t('quote.errors.summary', { count: errorCount }) : ''}
      </p>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => store.getState().goTo(RESULTS_STEP)}>
          {t('quote.back')}
        </button>
        <button type="submit" class="button primary" aria-disabled={sending ? 'true' : undefined}>
          {sending ? t('quote.sending') : willSend ? t('quote.send', { recipient: recipient || t('quote.heading') }) : t('quote.prepare')}
        </button>
      </div>
    </>
  );
}
