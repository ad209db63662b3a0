// A shared link (#crc=…) opens that result in memory, leaving this browser's own answers alone.
// This module loads only on such a page (with the decoder, in one file), together with the
// results' strings (its banner's too); nothing is shown (or saved) until the link has been read.

import { RESULTS_STEP } from '../core/flow/steps.js';
import { decodeShare, type ShareError } from '../core/share/link.js';
import type { QuestionContent } from '../core/types.js';
import { loadLaterStrings } from '../i18n/load.js';
import type { WidgetStore } from '../state/store.js';
import type { StepReporter } from './lifecycle.js';

export type SharedLinkState = { ok: true } | { ok: false; error: ShareError };

/** Opens the page's shared link; resolves to what became of it. */
export async function openSharedLink(content: QuestionContent, store: WidgetStore, storage: { detach(): void }, steps: StepReporter): Promise<SharedLinkState> {
  await loadLaterStrings();
  const fragment = decodeShare(content, location.hash);
  if (!fragment.ok) {
    console.error(`cyber-risk-check: the shared link could not be read (${fragment.error})`);
    return { ok: false, error: fragment.error };
  }
  storage.detach();
  steps.quietly(() => {
    const state = store.getState();
    state.reset();
    for (const [id, value] of Object.entries(fragment.answers)) state.answer(id, value);
    state.goTo(RESULTS_STEP);
  });
  return { ok: true };
}
