// The confirmation screen (確認画面): everything that will be sent, with a way back to change it,
// and Send. The same screen shows the request while it is being sent and, when sending failed,
// why, with a retry of the very same request and the ways to hand it over that always work.

import { useMemo } from 'preact/hooks';
import { buildQuoteRequest, version } from '../../core/lib.js';
import type { Submission } from '../../state/store.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { DEADLINE_SECONDS } from './deliver.js';
import { AgentPhone } from '../agent-phone.js';
import { QuoteFallbacks } from './QuoteFallbacks.js';
import { detailRows, summaryRows, type Row } from './request-text.js';
import { useQuoteSend } from './useQuoteSend.js';

export function QuoteReview() {
  const { partner } = useWidgetContext();
  const { content, scheme } = useFullContent();
  const { t, lang } = useT();
  const submission = useWidget((s) => s.submission);
  const fields = useWidget((s) => s.quote);
  const answers = useWidget((s) => s.answers);
  const planned = useWidget((s) => s.planned);
  const attribution = useWidget((s) => s.attribution);
  const { status, earlier } = submission;
  const recipient = partner.quote.name;

  // Before confirming, a preview in the owner's language; after, the request itself.
  const preview = useMemo(
    () =>
      buildQuoteRequest({
        content,
        answers,
        fields,
        partner: { ...partner.quote, agentLanguage: lang },
        scheme,
        widgetVersion: version,
        idempotencyKey: 'preview-not-sent',
        now: new Date(),
        planned,
        attribution,
      }),
    [content, answers, fields, partner.quote, lang, scheme, planned, attribution],
  );
  const request = submission.request ?? preview;

  return (
    <section class="step quote-review" aria-labelledby="step-heading">
      <StepHeading>{status === 'failed' ? t('quote.failedHeading') : t('quote.reviewHeading')}</StepHeading>
      {status === 'failed' ? (
        <div class="outcome failed" role="alert">
          <p>{failureText(t, submission.failure)}</p>
        </div>
      ) : (
        <p class="lead">{recipient ? t('quote.reviewIntro', { recipient }) : t('quote.reviewIntroNoRecipient')}</p>
      )}
      {earlier && <p class="note">{t('quote.correctionNote', { reference: earlier })}</p>}
      <RowList rows={[...summaryRows(request, content, t, lang), ...detailRows(request, content, t, lang)]} />
      <details class="review-answers">
        <summary>{t('quote.reviewAnswers', { count: request.answers.length })}</summary>
        <RowList rows={request.answers.map((a): Row => [a.question, a.answer])} />
      </details>
      <ReviewActions />
      {status === 'failed' && submission.request && (
        <>
          <AgentPhone reference={submission.request.reference} />
          <QuoteFallbacks request={submission.request} />
        </>
      )}
    </section>
  );
}

/** Back to the form to change something, and Send (or, after a failure, Send again). */
function ReviewActions() {
  const { store, partner } = useWidgetContext();
  const { t } = useT();
  const submission = useWidget((s) => s.submission);
  const { confirm, retry } = useQuoteSend();
  const { status, earlier } = submission;
  const recipient = partner.quote.name;
  const change = () => {
    // What may have reached the agent is corrected by what the owner sends next, not duplicated.
    const reached = submission.request && ((submission.delivered?.length ?? 0) > 0 || submission.failure?.kind === 'unavailable');
    const first = earlier ?? (reached ? submission.request?.reference : undefined);
    store.getState().setSubmission({ status: 'idle', ...(first && { earlier: first }) });
  };
  return (
    <>
      <p class="note" role="status">
        {status === 'sending' ? t('quote.sending') : ''}
      </p>
      <div class="step-nav">
        {status !== 'sending' && (
          <button type="button" class="button secondary" onClick={change}>
            {t('quote.fix')}
          </button>
        )}
        <button type="button" class="button primary" aria-disabled={status === 'sending' ? 'true' : undefined} onClick={status === 'failed' ? retry : confirm}>
          {status === 'sending'
            ? t('quote.sending')
            : status === 'failed'
              ? t('quote.retry')
              : partner.quote.channels.length > 0
                ? t('quote.send', { recipient: recipient || t('quote.heading') })
                : t('quote.prepare')}
        </button>
      </div>
    </>
  );
}

function RowList({ rows }: { rows: Row[] }) {
  return (
    <dl class="summary">
      {rows.map(([label, value], i) => (
        <div key={`${i}-${label}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function failureText(t: ReturnType<typeof useT>['t'], failure: Submission['failure']): string {
  if (failure?.kind === 'rejected') return t('quote.failedRejected', { status: failure.status, reason: failure.reason ?? '' });
  if (failure?.kind === 'insecure') return t('quote.failedInsecure');
  if (failure?.timedOut) return t('quote.failedTimedOut', { seconds: DEADLINE_SECONDS });
  return t('quote.failedUnavailable');
}
