// After pressing Send: a confirmation with what was sent and to whom, or, when sending failed, why
// and what to do; in both cases the fallbacks (print, file, copy) that always work.

import { RESULTS_STEP, type QuoteRequest } from '../../core/lib.js';
import type { Submission } from '../../state/store.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { summaryRows } from './deliver.js';
import { QuoteFallbacks } from './QuoteFallbacks.js';

export function QuoteOutcome() {
  const submission = useWidget((s) => s.submission);
  const request = submission.request;
  if (!request) return null;
  if (submission.status !== 'sent') return <QuoteNotSent request={request} failure={submission.failure} />;
  return <QuoteSent request={request} delivered={submission.delivered ?? []} unconfirmed={submission.unconfirmed === true} />;
}

/** Why the request did not go, shown above the form, which keeps what was typed for a retry. */
function QuoteNotSent({ request, failure }: { request: QuoteRequest; failure: Submission['failure'] }) {
  const { t } = useT();
  return (
    <div class="outcome failed" role="alert">
      <h3>{t('quote.failedHeading')}</h3>
      <p>
        {failure?.kind === 'rejected'
          ? t('quote.failedRejected', { status: failure.status, reason: failure.reason ?? '' })
          : failure?.kind === 'insecure'
            ? t('quote.failedInsecure')
            : t('quote.failedUnavailable')}
      </p>
      <QuoteFallbacks request={request} />
    </div>
  );
}

/** The request sent (or only prepared, when no channel sends it): to whom, and what it said. */
function QuoteSent({ request, delivered, unconfirmed }: { request: QuoteRequest; delivered: string[]; unconfirmed: boolean }) {
  const { store, partner } = useWidgetContext();
  const { content } = useFullContent();
  const { t, lang } = useT();
  return (
    <section class="step outcome sent" aria-labelledby="step-heading">
      <StepHeading>{delivered.length > 0 ? t('quote.sentHeading') : t('quote.preparedHeading')}</StepHeading>
      {delivered.length > 0 ? <p>{t('quote.sentTo', { recipient: partner.quote.name })}</p> : <p>{t('quote.preparedHint')}</p>}
      {/* Honest about what is known: the receiver was reached, but its answer could not be read. */}
      {unconfirmed && <p class="note">{t('quote.sentUnconfirmed', { recipient: partner.quote.name })}</p>}
      <h3>{t('quote.sentSummary')}</h3>
      <dl class="summary">
        {summaryRows(request, content, t, lang).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <QuoteFallbacks request={request} />
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => store.getState().setSubmission({ status: 'idle' })}>
          {t('quote.edit')}
        </button>
        <button type="button" class="button secondary" onClick={() => store.getState().goTo(RESULTS_STEP)}>
          {t('quote.back')}
        </button>
      </div>
    </section>
  );
}
