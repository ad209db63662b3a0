// The quote request: contact details, the company facts already answered (edited in place, so
// nothing is typed twice), the cover wanted, and consent. Nothing leaves the page before the
// consent box is ticked and Send is pressed.

import { useRef } from 'preact/hooks';
import { useT, useWidget } from '../context.js';
import { StepHeading } from '../StepHeading.js';
import { CompanyFields } from './CompanyFields.js';
import { Consent } from './Consent.js';
import { ContactFields } from './ContactFields.js';
import { ContactPreferenceFields } from './ContactPreferenceFields.js';
import { CoverFields } from './CoverFields.js';
import { QuoteOutcome } from './QuoteOutcome.js';
import { SendBar } from './SendBar.js';
import { useQuoteSubmit } from './useQuoteSubmit.js';

export function QuoteForm() {
  const { t } = useT();
  const submission = useWidget((s) => s.submission);
  const form = useRef<HTMLFormElement>(null);
  const { attempted, shownErrors, submit } = useQuoteSubmit(form);

  if (submission.status === 'sent' && submission.request) return <QuoteOutcome />;

  return (
    <section class="step quote" aria-labelledby="step-heading">
      <StepHeading>{t('quote.heading')}</StepHeading>
      <p class="lead">{t('quote.intro')}</p>
      {submission.status === 'failed' && <QuoteOutcome />}
      <form ref={form} noValidate onSubmit={submit}>
        <ContactFields errors={shownErrors} />
        <CompanyFields errors={shownErrors} showErrors={attempted} />
        <CoverFields errors={shownErrors} />
        <ContactPreferenceFields errors={shownErrors} />
        <Consent errors={shownErrors} />
        <SendBar errorCount={Object.keys(shownErrors).length} />
      </form>
    </section>
  );
}
