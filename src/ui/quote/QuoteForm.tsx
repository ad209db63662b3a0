// The quote step: the form (contact details, the company facts already answered, edited in place
// so nothing is typed twice, the cover wanted, consent), then the confirmation screen, then the
// outcome with its reference number. Nothing leaves the page before the consent box is ticked
// and Send is pressed on the confirmation screen.

import { useEffect, useRef } from 'preact/hooks';
import { validateQuote } from '../../core/lib.js';
import { useT, useWidget, useWidgetContext } from '../context.js';
import { useFocusHeadingOnChange } from '../focus-heading.js';
import { StepHeading } from '../StepHeading.js';
import { CompanyFields } from './CompanyFields.js';
import { Consent } from './Consent.js';
import { ContactFields } from './ContactFields.js';
import { ContactPreferenceFields } from './ContactPreferenceFields.js';
import { CoverFields } from './CoverFields.js';
import { QuoteOutcome } from './QuoteOutcome.js';
import { QuoteReview } from './QuoteReview.js';
import { SendBar } from './SendBar.js';
import { HONEYPOT_NAME, useQuoteSubmit } from './useQuoteSubmit.js';
import { TestModeNote } from './TestModeNote.js';

export function QuoteForm() {
  const status = useWidget((s) => s.submission.status);
  const hasRequest = useWidget((s) => s.submission.request !== undefined);
  // A confirmation screen saved for a form that is no longer whole (storage edited, an answer
  // dropped on restore) reopens the form, which says what is missing.
  const formWhole = useWidget((s) => Object.keys(validateQuote(s.quote, s.answers)).length === 0);
  const { store } = useWidgetContext();
  // Back to the form for good: completing it again by typing must not jump to the confirmation.
  useEffect(() => {
    const { submission } = store.getState();
    if (status === 'review' && !formWhole) store.getState().setSubmission({ status: 'idle', ...(submission.earlier && { earlier: submission.earlier }) });
  }, [status, formWhole, store]);
  const view =
    status === 'idle' || (status === 'review' && !formWhole) ? 'form' : status === 'sent' && hasRequest ? 'sent' : status === 'failed' ? 'failed' : 'review';
  const root = useRef<HTMLDivElement>(null);
  useFocusHeadingOnChange(view, root);
  return (
    <div ref={root}>
      <TestModeNote />
      {view === 'form' ? <QuoteFields /> : view === 'sent' ? <QuoteOutcome /> : <QuoteReview />}
    </div>
  );
}

function QuoteFields() {
  const { t } = useT();
  const form = useRef<HTMLFormElement>(null);
  const { attempted, shownErrors, submit } = useQuoteSubmit(form);
  const earlier = useWidget((s) => s.submission.earlier);
  return (
    <section class="step quote" aria-labelledby="step-heading">
      <StepHeading>{t('quote.heading')}</StepHeading>
      <p class="lead">{t('quote.intro')}</p>
      {earlier && <p class="note">{t('quote.correctionNote', { reference: earlier })}</p>}
      <form ref={form} noValidate onSubmit={submit}>
        <ContactFields errors={shownErrors} />
        <CompanyFields errors={shownErrors} showErrors={attempted} />
        <CoverFields errors={shownErrors} />
        <ContactPreferenceFields errors={shownErrors} />
        <Consent errors={shownErrors} />
        <SendBar errorCount={Object.keys(shownErrors).length} />
        {/* Off screen, out of the tab order and hidden from assistive technology: only a bot fills it. */}
        <div class="hp" aria-hidden="true">
          <label>
            {t('quote.honeypot')}
            <input type="text" name={HONEYPOT_NAME} tabIndex={-1} autoComplete="off" />
          </label>
        </div>
      </form>
    </section>
  );
}
