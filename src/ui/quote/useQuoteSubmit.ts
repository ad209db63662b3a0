// Sending the quote form: check it (and on a problem, show the messages and focus the first), build
// the request in the agent's language, and hand it to the partner's channels (deliver).

import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildQuoteRequest, newIdempotencyKey, validateQuote, version } from '../../core/lib.js';
import { useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { deliver } from './deliver.js';
import { FIELD_ORDER, focusSelector, type QuoteErrors } from './quote-fields.js';

export interface QuoteSubmit {
  /** Send has been pressed at least once, so problems are shown. */
  attempted: boolean;
  /** The problems to show: none before Send is first pressed. */
  shownErrors: QuoteErrors;
  /** The form's submit handler. */
  submit: (event: Event) => void;
}

export function useQuoteSubmit(form: RefObject<HTMLFormElement>): QuoteSubmit {
  const { store, partner, i18n, emit, ensureLanguage } = useWidgetContext();
  const { content, scheme } = useFullContent();
  const fields = useWidget((s) => s.quote);
  const answers = useWidget((s) => s.answers);
  const submission = useWidget((s) => s.submission);
  const [attempted, setAttempted] = useState(false);
  const errors = useMemo(() => validateQuote(fields, answers), [fields, answers]);
  const settings = partner.quote;
  const agentLang = settings.agentLanguage ?? 'ja';
  // Loaded while the owner types, so that sending does not wait for it.
  useEffect(() => void ensureLanguage(agentLang), [ensureLanguage, agentLang]);

  // Set before anything is awaited, so a second click while the language loads sends nothing.
  const inFlight = useRef(false);
  const send = async () => {
    inFlight.current = true;
    try {
      // A retry keeps the key, so the receiver stores the request once however often it arrives.
      const idempotencyKey = submission.status === 'failed' && submission.request ? submission.request.idempotencyKey : newIdempotencyKey();
      // The request is written in the agent's language (normally loaded by now, see above); if it
      // cannot load, its texts fall back to Japanese rather than the request being lost.
      await ensureLanguage(agentLang).catch(() => undefined);
      const request = buildQuoteRequest({ content, answers, fields, partner: settings, scheme, widgetVersion: version, idempotencyKey, now: new Date() });
      store.getState().setSubmission({ status: 'sending', request });
      const agentT = i18n.getFixedT(request.language);
      const result = await deliver(request, { partner: settings, content, t: agentT, emit, open: (url) => window.open(url, '_blank', 'noopener') });
      store.getState().setSubmission(result);
    } finally {
      inFlight.current = false;
    }
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (submission.status === 'sending' || inFlight.current) return;
    const firstProblem = FIELD_ORDER.find((key) => errors[key]);
    if (firstProblem) {
      setAttempted(true);
      form.current?.querySelector<HTMLElement>(focusSelector(firstProblem))?.focus();
      return;
    }
    void send();
  };

  return { attempted, shownErrors: attempted ? errors : {}, submit };
}
