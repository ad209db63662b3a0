// Names for the discount parts of the results: an answer's option, a tier reached.

import { answerText, type DiscountResult } from '../../core/lib.js';
import type { Content, Lang } from '../../core/types.js';
import { formatRate } from '../../core/format.js';
import { local } from '../../i18n/index.js';

/** The option's label, or undefined when there is no answer to show. */
export function optionLabel(content: Content, questionId: string, optionId: string | undefined, lang: Lang): string | undefined {
  return optionId === undefined ? undefined : answerText(content, questionId, optionId, lang);
}

/** The tier a result reaches: its label, or its rate when it has none. */
export function tierName(result: DiscountResult, lang: Lang): string {
  return result.tier.label ? local(result.tier.label, lang) : formatRate(result.tier.rate, lang);
}
