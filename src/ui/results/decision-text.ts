// The verdict and the discount as sentences, for the results' first screen and the printed report.

import type { Decision } from '../../core/decision.js';
import { formatList } from '../../core/lib.js';
import type { Lang } from '../../core/types.js';
import { formatRate } from '../../core/format.js';
import type { TFunction } from '../../i18n/index.js';

export function verdictText(decision: Decision, t: TFunction, lang: Lang): string {
  const next = decision.plans.next;
  if (decision.verdict === 'close' && next) return t('decision.verdict.close', { count: next.steps.length, rate: formatRate(next.result.totalRate, lang) });
  if (decision.verdict === 'gaps') return next ? t('decision.verdict.gaps', { count: next.steps.length }) : t('decision.verdict.gapsNoPlan');
  return t(`decision.verdict.${decision.verdict === 'top' ? 'top' : 'urgent'}`);
}

/** One sentence: what applies now and how it is made up, then what the next tier adds and how far it is. */
export function discountSentence({ discount, plans }: Decision, t: TFunction, lang: Lang): string {
  const parts = [
    discount.groupRate > 0 && t('decision.groupPart', { rate: formatRate(discount.groupRate, lang) }),
    discount.securityRate > 0 && t('decision.securityPart', { rate: formatRate(discount.securityRate, lang) }),
  ].filter((p): p is string => typeof p === 'string');
  const now =
    discount.totalRate > 0
      ? t('decision.discountNow', { rate: formatRate(discount.totalRate, lang), parts: formatList(parts, lang) })
      : t('decision.discountNowNone');
  const next = plans.next
    ? t('decision.discountNext', { count: plans.next.steps.length, rate: formatRate(plans.next.result.totalRate, lang) })
    : t('decision.discountTop');
  return `${now}${lang === 'en' ? ' ' : ''}${next}`;
}
