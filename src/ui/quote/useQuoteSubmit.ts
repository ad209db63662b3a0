// Submitting the quote form: check it (and on a problem, show the messages and focus the first),
// then show the confirmation screen. Nothing is built or sent here: that happens on confirming.

import type { RefObject } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { WidgetStore } from '../../state/store.js';
import { validateQuote } from '../../core/lib.js';
import { useWidget, useWidgetContext } from '../context.js';
import { FIELD_ORDER, focusSelector, type QuoteErrors } from './quote-fields.js';

export interface QuoteSubmit {
  /** Submit has been pressed at least once, so problems are shown. */
  attempted: boolean;
  /** The problems to show: none before the form is first submitted. */
  shownErrors: QuoteErrors;
  /** The form's submit handler. */
  submit: (event: Event) => void;
}

/** The field people never see (see Honeypot): a bot filling every field fills it too. */
export const HONEYPOT_NAME = 'crc-hp-leave-empty';

// When each widget's form was first shown in this page: a person needs more than a few seconds.
const formShownAt = new WeakMap<WidgetStore, number>();

export function useQuoteSubmit(form: RefObject<HTMLFormElement>): QuoteSubmit {
  const { store } = useWidgetContext();
  if (!formShownAt.has(store)) formShownAt.set(store, Date.now());
  const fields = useWidget((s) => s.quote);
  const answers = useWidget((s) => s.answers);
  const [attempted, setAttempted] = useState(false);
  const errors = useMemo(() => validateQuote(fields, answers), [fields, answers]);

  const submit = (event: Event) => {
    event.preventDefault();
    const firstProblem = FIELD_ORDER.find((key) => errors[key]);
    if (firstProblem) {
      setAttempted(true);
      form.current?.querySelector<HTMLElement>(focusSelector(firstProblem))?.focus();
      return;
    }
    const { submission } = store.getState();
    if (submission.status !== 'idle') return;
    const trap = form.current?.elements.namedItem(HONEYPOT_NAME);
    const screening = {
      honeypot: trap instanceof HTMLInputElement && trap.value !== '',
      secondsOnForm: Math.max(0, Math.round((Date.now() - (formShownAt.get(store) ?? Date.now())) / 1000)),
    };
    store.getState().setSubmission({ status: 'review', screening, ...(submission.earlier && { earlier: submission.earlier }) });
  };

  return { attempted, shownErrors: attempted ? errors : {}, submit };
}
