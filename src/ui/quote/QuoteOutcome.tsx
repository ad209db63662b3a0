// After sending: the reference number to quote on the phone, to whom it went, what it said, and
// the ways to hand it over that always work (for a mail, the whole request to paste in).

import { RESULTS_STEP } from '../../core/lib.js';
import { AgentPhone } from '../agent-phone.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { QuoteFallbacks } from './QuoteFallbacks.js';
import { summaryRows } from './request-text.js';

export function QuoteOutcome() {
  const { store, partner } = useWidgetContext();
  const { content } = useFullContent();
  const { t, lang } = useT();
  const submission = useWidget((s) => s.submission);
  const { request } = submission;
  if (!request) return null;
  const delivered = submission.delivered ?? [];
  const recipient = partner.quote.name;
  const change = () => store.getState().setSubmission({ status: 'idle', earlier: submission.earlier ?? request.reference });
  return (
    <section class="step outcome sent" aria-labelledby="step-heading">
      <StepHeading>{delivered.length > 0 ? t('quote.sentHeading') : t('quote.preparedHeading')}</StepHeading>
      <p class="reference">
        {t('quote.summaryLabels.reference')} <strong>{request.reference}</strong>
      </p>
      <p class="note">{t('quote.referenceHint')}</p>
      <AgentPhone />
      <p>{delivered.length > 0 ? t('quote.sentTo', { recipient }) : t('quote.preparedHint')}</p>
      {request.correctionOf && <p class="note">{t('quote.correctionNote', { reference: request.correctionOf })}</p>}
      {/* Honest about what is known: the receiver was reached, but its answer could not be read. */}
      {submission.unconfirmed && <p class="note">{t('quote.sentUnconfirmed', { recipient })}</p>}
      <QuoteFallbacks request={request} mail={delivered.includes('mailto')} />
      <h3>{t('quote.sentSummary')}</h3>
      <dl class="summary">
        {summaryRows(request, content, t, lang).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={change}>
          {t('quote.edit')}
        </button>
        <button type="button" class="button secondary" onClick={() => store.getState().goTo(RESULTS_STEP)}>
          {t('quote.back')}
        </button>
      </div>
    </section>
  );
}
