// Sending a confirmed quote request, exactly once per request. Confirming on the confirmation
// screen builds the request and its key; from then on the request is only sent again as it is: a
// retry after a failure, or a send that a reload cut short, which resumes when the step shows
// again. Channels already delivered are skipped (see deliver), and a request already on its way
// in this page is never started a second time, however often Send is pressed.

import { useEffect } from 'preact/hooks';
import { buildQuoteRequest, newIdempotencyKey, version, type QuoteRequest } from '../../core/lib.js';
import { useWidget, useWidgetContext } from '../context.js';
import { useFullContent } from '../full-content.js';
import { deliver } from './deliver.js';

// Keys being sent in this page, shared by every view that could start a send.
const inFlight = new Set<string>();
// Set synchronously on confirm, before anything is awaited: a second click in the same task finds it.
let confirming = false;

export interface QuoteSend {
  /** Builds the request (with a new key) from the form and sends it. */
  confirm: () => void;
  /** Sends the failed request again, as it was. */
  retry: () => void;
}

/** Sends a request through the channels it has not gone through, recording each as it delivers. */
function useSendRequest() {
  const { store, partner, i18n, emit, ensureLanguage } = useWidgetContext();
  const { content } = useFullContent();
  return async (request: QuoteRequest, already: readonly string[]) => {
    if (inFlight.has(request.idempotencyKey)) return;
    inFlight.add(request.idempotencyKey);
    try {
      const { earlier } = store.getState().submission;
      const keep = earlier ? { earlier } : {};
      store.getState().setSubmission({ status: 'sending', request, delivered: [...already], ...keep });
      await ensureLanguage(request.language).catch(() => undefined);
      const result = await deliver(
        request,
        {
          partner: partner.quote,
          content,
          t: i18n.getFixedT(request.language),
          emit,
          open: (url) => window.open(url, '_blank', 'noopener'),
          record: (delivered) => store.getState().setSubmission({ status: 'sending', request, delivered, ...keep }),
        },
        already,
      );
      store.getState().setSubmission({ ...result, ...keep });
    } finally {
      inFlight.delete(request.idempotencyKey);
    }
  };
}

export function useQuoteSend(): QuoteSend {
  const { store, partner, ensureLanguage } = useWidgetContext();
  const { content, scheme } = useFullContent();
  const submission = useWidget((s) => s.submission);
  const send = useSendRequest();
  const settings = partner.quote;
  const agentLang = settings.agentLanguage ?? 'ja';
  // Loaded while the owner reads the confirmation, so that sending does not wait for it.
  useEffect(() => void ensureLanguage(agentLang), [ensureLanguage, agentLang]);

  // A send cut short by a reload goes on from where it was, with the same key.
  useEffect(() => {
    const { status, request, delivered } = store.getState().submission;
    if (status === 'sending' && request) void send(request, delivered ?? []);
    // Only when the step first shows: later sends are started by the owner.
  }, []);

  const confirm = () => {
    if (confirming || submission.status !== 'review') return;
    confirming = true;
    const idempotencyKey = newIdempotencyKey();
    // The request is written in the agent's language (normally loaded by now, see above); if it
    // cannot load, its texts fall back to Japanese rather than the request being lost.
    void ensureLanguage(agentLang)
      .catch(() => undefined)
      .then(() => {
        const { quote, answers, planned, attribution, submission: current } = store.getState();
        if (current.status !== 'review') return;
        const request = buildQuoteRequest({
          content,
          answers,
          fields: quote,
          partner: settings,
          scheme,
          widgetVersion: version,
          idempotencyKey,
          now: new Date(),
          ...(current.earlier && { correctionOf: current.earlier }),
          ...(current.screening && { screening: current.screening }),
          planned,
          attribution,
        });
        return send(request, []);
      })
      .finally(() => (confirming = false));
  };

  const retry = () => {
    if (submission.status === 'failed' && submission.request) void send(submission.request, submission.delivered ?? []);
  };

  return { confirm, retry };
}
