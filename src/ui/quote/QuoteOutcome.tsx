// After pressing Send: a confirmation with what was sent and to whom, or, when sending failed, why
// and what to do; in both cases the fallbacks (print, file, copy) that always work.

import { useState } from 'preact/hooks';
import { RESULTS_STEP } from '../../core/lib.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { StepHeading } from '../StepHeading.js';
import { downloadJson, openPrintSheet, summaryRows } from './deliver.js';

export function QuoteOutcome() {
  const { store, partner, i18n } = useWidgetContext();
  const { content } = useFullContent();
  const { t } = useT();
  const submission = useWidget((s) => s.submission);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const request = submission.request;
  if (!request) return null;
  const agentT = i18n.getFixedT(request.language);
  const sent = submission.status === 'sent';
  const delivered = submission.delivered ?? [];
  const failure = submission.failure;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(request, null, 2));
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  const fallbacks = (
    <div class="fallbacks">
      <h3>{t('quote.fallbackHeading')}</h3>
      <div class="step-nav">
        <button type="button" class="button secondary" onClick={() => openPrintSheet(request, { content, t: agentT })}>
          {t('quote.print')}
        </button>
        <button type="button" class="button secondary" onClick={(e) => downloadJson(request, e.currentTarget)}>
          {t('quote.download')}
        </button>
        <button type="button" class="button secondary" onClick={copy}>
          {t('quote.copy')}
        </button>
      </div>
      <p class="note" role="status">
        {copyState === 'copied' ? t('quote.copied') : copyState === 'failed' ? t('quote.copyFailed') : ''}
      </p>
    </div>
  );

  if (!sent) {
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
        {fallbacks}
      </div>
    );
  }

  return (
    <section class="step outcome sent" aria-labelledby="step-heading">
      <StepHeading>{delivered.length > 0 ? t('quote.sentHeading') : t('quote.preparedHeading')}</StepHeading>
      {delivered.length > 0 ? <p>{t('quote.sentTo', { recipient: partner.quote.name })}</p> : <p>{t('quote.preparedHint')}</p>}
      <h3>{t('quote.sentSummary')}</h3>
      <dl class="summary">
        {summaryRows(request, content, t).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {fallbacks}
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
