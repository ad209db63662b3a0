// The "completed" event's detail, loaded with the results so the first screen does not carry it.

import { discountFor, estimateScenario, ipaScore, partnerScheme, scenariosFor } from '../core/lib.js';
import type { Answers, Content } from '../core/types.js';
import type { PartnerChoices } from '../core/partner/choices.js';

export function completedSummary(content: Content, partner: PartnerChoices, answers: Answers) {
  const discount = discountFor(content, partnerScheme(content, partner).scheme, answers);
  return {
    ipaScore: ipaScore(content, answers).score,
    tier: discount.tier.id,
    totalDiscount: discount.totalRate,
    loss: scenariosFor(content, answers).map((s) => ({ scenario: s.id, likely: estimateScenario(content, s, { answers, samples: 0 }).total })),
  };
}
