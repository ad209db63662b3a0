// From answers to an insurance discount under a scheme (questions/discounts/): the weighted score,
// the security tier reached and why, fixed parts such as a certification, the group discount, and
// how they combine. Only answers to questions shown count.

import { conditionHolds, visibleAnswers, visibleQuestionIds } from '../flow/conditions.js';
import { bestOption, weightedScore, type WeightedScore } from '../scoring/weighted.js';
import {
  NOT_APPLICABLE,
  type Answers,
  type Condition,
  type Content,
  type ControlQuestion,
  type DiscountPart,
  type DiscountScheme,
  type DiscountTier,
  type RateTable,
} from '../types.js';

export type UnmetRule =
  | { kind: 'score'; need: number; have: number }
  | { kind: 'control'; questionId: string; answer: string | undefined }
  | { kind: 'condition'; condition: Condition };

export interface TierCheck {
  tier: DiscountTier;
  reached: boolean;
  unmet: UnmetRule[];
}

export interface DiscountResult {
  schemeId: string;
  score: WeightedScore;
  tier: DiscountTier;
  tierIndex: number;
  /** One per tier of the scheme, lowest first. */
  checks: TierCheck[];
  parts: { part: DiscountPart; applied: boolean }[];
  /** Security discount after parts and the security cap. */
  securityRate: number;
  groupEligible: boolean;
  groupRate: number;
  /** Group and security combined, capped. */
  totalRate: number;
  /** Controls answered "don't know": never counted as done, worth finding out. */
  toFindOut: string[];
}

/** Rates as fractions, rounded to 0.01% so that 1 - 0.8 × 0.4 is 0.68, not 0.6799999999999999. */
export function roundRate(rate: number): number {
  return Math.round(rate * 10_000) / 10_000;
}

export function combineRates(group: number, security: number, combine: DiscountScheme['combine'], cap: number): number {
  const combined = combine === 'multiply' ? 1 - (1 - group) * (1 - security) : group + security;
  return roundRate(Math.min(cap, combined));
}

/**
 * A required control holds when answered with its best option, when it does not apply (answered
 * "not applicable"), or when it is not asked of this company at all.
 */
export function controlSatisfied(question: ControlQuestion | undefined, answers: Answers, content: Content, visible: Set<string>): boolean {
  if (!question || !visible.has(question.id)) return true;
  const answer = answers[question.id];
  return answer === NOT_APPLICABLE || answer === bestOption(question, content).id;
}

export function discountFor(content: Content, scheme: DiscountScheme, allAnswers: Answers): DiscountResult {
  const answers = visibleAnswers(content, allAnswers);
  const visible = visibleQuestionIds(content, allAnswers);
  const controls = new Map(content.questions.filter((q): q is ControlQuestion => q.type === 'control').map((q) => [q.id, q]));
  const score = weightedScore(content, answers);

  const checks = scheme.security.tiers.map((tier, index): TierCheck => {
    const unmet: UnmetRule[] = [];
    if (index === 0) return { tier, reached: true, unmet };
    if (tier.minScore !== undefined && score.score < tier.minScore) unmet.push({ kind: 'score', need: tier.minScore, have: score.score });
    const required = [...(scheme.security.requireDone ?? []), ...(tier.requireDone ?? [])];
    for (const id of new Set(required)) {
      if (!controlSatisfied(controls.get(id), answers, content, visible)) {
        const answer = answers[id];
        unmet.push({ kind: 'control', questionId: id, answer: typeof answer === 'string' ? answer : undefined });
      }
    }
    if (tier.when && !conditionHolds(tier.when, answers)) unmet.push({ kind: 'condition', condition: tier.when });
    return { tier, reached: unmet.length === 0, unmet };
  });
  const tierIndex = checks.reduce((highest, check, i) => (check.reached ? i : highest), 0);
  const tier = scheme.security.tiers[tierIndex];
  // The schema asks for at least one tier, and the first is always reached.
  if (!tier) throw new Error(`cyber-risk-check: discount scheme ${JSON.stringify(scheme.id)} has no tiers`);

  const parts = (scheme.security.parts ?? []).map((part) => ({ part, applied: conditionHolds(part.when, answers) }));
  const partRates = parts.filter((p) => p.applied).map((p) => p.part.rate);
  const rawSecurity = scheme.security.combineParts === 'max' ? Math.max(tier.rate, ...partRates) : partRates.reduce((sum, rate) => sum + rate, tier.rate);
  const securityRate = roundRate(Math.min(scheme.security.cap, rawSecurity));

  const group = scheme.group && conditionHolds(scheme.group.when, answers) ? scheme.group : undefined;
  const groupEligible = group !== undefined;
  const groupRate = group?.rate ?? 0;

  return {
    schemeId: scheme.id,
    score,
    tier,
    tierIndex,
    checks,
    parts,
    securityRate,
    groupEligible,
    groupRate,
    totalRate: combineRates(groupRate, securityRate, scheme.combine, scheme.cap),
    toFindOut: [...controls.keys()].filter((id) => answers[id] === 'unknown'),
  };
}

/** The scheme with this id, or the default (the first) when the id is missing or unknown. */
export function schemeById(content: Content, id: string | undefined): DiscountScheme | undefined {
  return content.discountSchemes.find((s) => s.id === id) ?? content.discountSchemes[0];
}

/**
 * A partner's discount scheme and reference rate table: the scheme named (else the default), and
 * the table named, else the scheme's own; `rateTableId: null` shows no premiums.
 */
export function partnerScheme(content: Content, choice: { schemeId?: string; rateTableId?: string | null }): { scheme: DiscountScheme; rateTable?: RateTable } {
  const scheme = schemeById(content, choice.schemeId);
  if (!scheme) throw new Error('cyber-risk-check: the content has no discount scheme');
  const tableId = choice.rateTableId === undefined ? scheme.rateTable : choice.rateTableId;
  const rateTable = tableId === null ? undefined : content.rateTables.find((t) => t.id === tableId);
  return rateTable ? { scheme, rateTable } : { scheme };
}
