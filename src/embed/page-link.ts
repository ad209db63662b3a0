// The links a page can be opened with that carry answers: a shared result, or a take-home link.
// One file, loaded only on such a page, with the decoder; what became of the link goes into the
// widget's context, with the banner that says so.

import type { TFunction } from 'i18next';
import type { QuestionContent } from '../core/types.js';
import type { WidgetStore } from '../state/store.js';
import { carryAnswers } from './continue-link.js';
import type { StepReporter } from './lifecycle.js';
import { openSharedLink, type SharedLinkState } from './shared-link.js';

export interface OpenedLink {
  shared?: SharedLinkState;
  /** The banner above the check, in the language shown. */
  linkNotice: (t: TFunction) => string;
}

export async function openPageLink(
  content: QuestionContent,
  store: WidgetStore,
  storage: { detach(): void },
  steps: StepReporter,
  takeHome: boolean,
): Promise<OpenedLink> {
  if (takeHome) {
    const carried = await carryAnswers(content, store, steps);
    return {
      linkNotice: (t) =>
        carried.ok ? t('quick.carried', { count: carried.count }) : t('quick.carriedError', { reason: t(`results.sharedReasons.${carried.error}`) }),
    };
  }
  const shared = await openSharedLink(content, store, storage, steps);
  return {
    shared,
    linkNotice: (t) => (shared.ok ? t('results.sharedBanner') : t('results.sharedError', { reason: t(`results.sharedReasons.${shared.error}`) })),
  };
}
