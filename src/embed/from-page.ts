// What the host page brings, loaded after the widget's first code: the page and campaign that
// brought the owner (read when the widget mounted: a later navigation may drop the parameters),
// and answers the page already knows.

import { prefillAnswers, type Prefilled } from '../core/flow/prefill.js';
import { attributionPage, attributionParams, DEFAULT_ATTRIBUTION_PARAMS } from '../core/quote/attribution.js';
import type { Answers, QuestionContent } from '../core/types.js';
import type { WidgetStore } from '../state/store.js';

export function keepAttribution(store: WidgetStore, visit: { search: string; href: string }, names: readonly string[] = DEFAULT_ATTRIBUTION_PARAMS): void {
  const params = attributionParams(visit.search, names);
  const page = attributionPage(visit.href);
  const next = page ? { page, params } : { params };
  const keep = () => {
    const state = store.getState();
    const { attribution } = state;
    // A visit with campaign parameters is the one that brought the owner; a later one without them
    // (a reload, a bookmark) keeps that campaign.
    const changed = JSON.stringify(next) !== JSON.stringify(attribution);
    if (changed && (Object.keys(params).length > 0 || !attribution.page)) state.setAttribution(next);
  };
  // Kept with the owner's first action: a visit alone writes nothing to the browser's storage.
  const unsubscribe = store.subscribe(() => {
    unsubscribe();
    keep();
  });
}

/** Gives the page's answers to the company questions not answered yet, noting them in `pageAnswers`; says in the console what could not be used. */
export function prefillInto(store: WidgetStore, content: QuestionContent, given: unknown, pageAnswers: Answers): Prefilled {
  const state = store.getState();
  const prefilled = prefillAnswers(content, state.answers, typeof given === 'string' ? parsedJson(given) : given);
  Object.assign(pageAnswers, prefilled.valid);
  for (const id of prefilled.applied) {
    const value = prefilled.valid[id];
    if (value !== undefined) state.answer(id, value);
  }
  if (prefilled.problems.length > 0) console.error(`cyber-risk-check: some prefilled answers were not used:\n  ${prefilled.problems.join('\n  ')}`);
  return prefilled;
}

/** The prefill attribute's JSON, or what says it was not JSON (reported as not an object of answers). */
function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
