// A take-home link (#crc-continue=…) carries the quick check's answers from a seminar phone into
// this browser's own check, to go on with the whole of it. This module loads only on such a page
// (with the decoder), together with the strings of its banner; nothing is shown until it is read.

import { INTRO_STEP } from '../core/flow/steps.js';
import { continueCode, decodeShare, type ShareError } from '../core/share/link.js';
import type { QuestionContent } from '../core/types.js';
import { loadLaterStrings } from '../i18n/load.js';
import type { WidgetStore } from '../state/store.js';
import type { StepReporter } from './lifecycle.js';

export type CarriedState = { ok: true; count: number } | { ok: false; error: ShareError };

/**
 * The link's answers go over the ones this browser kept (the link is the newer); answers to other
 * questions stay. A link that cannot be read starts the quick check again, unless this browser
 * already has a check begun, which is left as it was.
 */
export async function carryAnswers(content: QuestionContent, store: WidgetStore, steps: StepReporter): Promise<CarriedState> {
  await loadLaterStrings();
  const link = decodeShare(content, continueCode(location.hash));
  forgetFragment();
  const state = store.getState();
  if (!link.ok) {
    console.error(`cyber-risk-check: the take-home link could not be read (${link.error})`);
    if (Object.keys(state.answers).length === 0) steps.quietly(() => store.setState({ quickCheck: true }));
    return { ok: false, error: link.error };
  }
  steps.quietly(() => {
    for (const [id, value] of Object.entries(link.answers)) state.answer(id, value);
    state.goTo(INTRO_STEP);
  });
  return { ok: true, count: Object.keys(link.answers).length };
}

/** Takes the link off the address, so that a reload does not carry the same answers over later changes. */
function forgetFragment(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}
