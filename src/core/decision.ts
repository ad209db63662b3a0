// What the results lead to, in one place: a verdict, the discount now and the next tier's, a
// reference premium before and after it, the biggest likely loss, and the first three things to do.
// The results' first screen shows this; everything below it explains one of these figures.

import { discountFor, type DiscountResult } from './discount/tier.js';
import { unansweredQuestions } from './flow/answered.js';
import { visibleAnswers } from './flow/conditions.js';
import { effortCost, improvementPlans, type ImprovementPlans, type PlanStep } from './discount/plan.js';
import { discountedPremium, referencePremium, type PremiumReference } from './discount/premium.js';
import { estimateScenario, scenariosFor, type LossEstimate } from './loss/estimate.js';
import type { LossScenario } from './loss/types.js';
import { ipaScore, type IpaScore } from './scoring/ipa.js';
import { bestOption, scoredControls } from './scoring/weighted.js';
import { NOT_APPLICABLE, type Answers, type Content, type ControlQuestion, type DiscountScheme, type RateTable } from './types.js';

/**
 * top: on the scheme's highest tier. urgent: in IPA's lowest band (an incident could happen any time).
 * close: the next tier is three steps or fewer away. gaps: anything else.
 */
export type VerdictKind = 'top' | 'urgent' | 'close' | 'gaps';

/** A thing to do: a control to bring to `to`, with what it moves. */
export interface DecisionAction extends PlanStep {
  /** Part of the cheapest way to the next tier. */
  forDiscount: boolean;
  /** The kinds of incident it makes less likely or smaller: the control's `scenario:` tags. */
  scenarios: string[];
}

export interface PremiumFigures {
  planId: string;
  /** Annual premium before the discount, and with the current discount, in yen. */
  before: number;
  after: number;
  /** With the next tier's discount; undefined without a next tier. */
  afterNext?: number;
  reference: PremiumReference;
}

export interface Decision {
  verdict: VerdictKind;
  discount: DiscountResult;
  plans: ImprovementPlans;
  /** Undefined without a rate table, an industry or a revenue. */
  premium?: PremiumFigures;
  /** The scenario with the largest likely loss, with its range; undefined when none concerns the company. */
  biggestLoss?: { scenario: LossScenario; estimate: LossEstimate };
  /** At most three, the discount's cheapest steps first, then what cuts the biggest loss. */
  actions: DecisionAction[];
  ipa: IpaScore;
  /** Every control answered "don't know", in question order: things to find out. */
  toFindOut: string[];
  /**
   * Every question asked that has no answer that fits it (skipped, or lost from old storage or a
   * damaged link), in question order. The figures count an unanswered control as not done.
   */
  unanswered: string[];
}

export interface DecisionOptions {
  /** Only these scenarios (a partner's choice); all that concern the company otherwise. */
  scenarios?: readonly string[];
  /** Loss drivers the owner adjusted, by scenario id, then driver id. */
  inputs?: Record<string, Record<string, number>>;
  /** How many actions to pick; 3 unless said. */
  actions?: number;
  /**
   * A scenario's full estimate (with its range) from the same answers and `inputs`, for a caller
   * that keeps estimates; estimateScenario otherwise.
   */
  estimate?: (scenario: LossScenario) => LossEstimate;
}

/** The kinds of incident a control makes less likely or smaller: its `scenario:` tags. */
export function scenarioTags(question: ControlQuestion): string[] {
  return (question.tags ?? []).filter((t) => t.startsWith('scenario:')).map((t) => t.slice('scenario:'.length));
}

function biggestLossOf(content: Content, answers: Answers, options: DecisionOptions): Decision['biggestLoss'] {
  const scenarios = scenariosFor(content, answers).filter((s) => !options.scenarios || options.scenarios.includes(s.id));
  // Rank on the itemised totals (cheap), then simulate the range of the biggest one only.
  let biggest: { scenario: LossScenario; total: number } | undefined;
  for (const scenario of scenarios) {
    const { total } = estimateScenario(content, scenario, { answers, inputs: options.inputs?.[scenario.id], samples: 0 });
    if (!biggest || total > biggest.total) biggest = { scenario, total };
  }
  if (!biggest) return undefined;
  const estimate =
    options.estimate?.(biggest.scenario) ?? estimateScenario(content, biggest.scenario, { answers, inputs: options.inputs?.[biggest.scenario.id] });
  return { scenario: biggest.scenario, estimate };
}

function actionsFor(content: Content, answers: Answers, plans: ImprovementPlans, biggest: LossScenario | undefined, count: number): DecisionAction[] {
  const controls = new Map(scoredControls(content, answers).map((q) => [q.id, q]));
  const picked = new Map<string, DecisionAction>();
  const add = (step: PlanStep, forDiscount: boolean) => {
    const question = controls.get(step.questionId);
    if (picked.size >= count || picked.has(step.questionId) || !question) return;
    picked.set(step.questionId, { ...step, forDiscount, scenarios: scenarioTags(question) });
  };
  for (const step of plans.next?.steps ?? []) add(step, true);
  // Then what the biggest loss's scenario counts as mitigating, cheapest first; then the rest of the way to the top tier.
  const mitigating = new Set(biggest?.mitigations?.map((m) => m.control));
  const cutsBiggest = [...controls.values()]
    .filter((q) => mitigating.has(q.id) && answers[q.id] !== NOT_APPLICABLE && answers[q.id] !== bestOption(q, content).id)
    .map((q): PlanStep => ({ questionId: q.id, to: bestOption(q, content).id, effortCost: effortCost(q) }))
    .sort((a, b) => a.effortCost - b.effortCost);
  // A step of the next tier's plan was added above, so these are never part of it.
  for (const step of cutsBiggest) add(step, false);
  for (const step of plans.top?.steps ?? []) add(step, false);
  return [...picked.values()];
}

function premiumFor(table: RateTable | undefined, answers: Answers, discount: DiscountResult, plans: ImprovementPlans): PremiumFigures | undefined {
  const plan = table?.plans[0];
  if (!table || !plan) return undefined;
  const industry = typeof answers.industry === 'string' ? answers.industry : undefined;
  const revenue = typeof answers.revenue === 'number' ? answers.revenue : undefined;
  const reference = referencePremium(table, industry, revenue, plan.id);
  if (!reference) return undefined;
  const before = reference.premium;
  return {
    planId: plan.id,
    before,
    after: discountedPremium(before, discount.totalRate),
    ...(plans.next && { afterNext: discountedPremium(before, plans.next.result.totalRate) }),
    reference,
  };
}

function verdictOf(content: Content, scheme: DiscountScheme, discount: DiscountResult, plans: ImprovementPlans, ipa: IpaScore): VerdictKind {
  if (discount.tierIndex === scheme.security.tiers.length - 1) return 'top';
  if (ipa.band.id === content.ipaBands.at(-1)?.id) return 'urgent';
  if (plans.next && plans.next.steps.length <= 3) return 'close';
  return 'gaps';
}

function unknownControls(content: Content, answers: Answers): string[] {
  const counted = visibleAnswers(content, answers);
  return content.questions.filter((q) => q.type === 'control' && counted[q.id] === 'unknown').map((q) => q.id);
}

/** The decision the results lead to, worked out from the answers alone. */
export function decisionFor(content: Content, scheme: DiscountScheme, table: RateTable | undefined, answers: Answers, options: DecisionOptions = {}): Decision {
  const discount = discountFor(content, scheme, answers);
  const plans = improvementPlans(content, scheme, answers);
  const ipa = ipaScore(content, answers);
  const biggestLoss = biggestLossOf(content, answers, options);
  const premium = premiumFor(table, answers, discount, plans);
  return {
    verdict: verdictOf(content, scheme, discount, plans, ipa),
    discount,
    plans,
    ...(premium && { premium }),
    ...(biggestLoss && { biggestLoss }),
    actions: actionsFor(content, answers, plans, biggestLoss?.scenario, options.actions ?? 3),
    ipa,
    toFindOut: unknownControls(content, answers),
    unanswered: unansweredQuestions(content, answers),
  };
}
