// The cheapest way up the ladder: for a target tier, the controls to bring to "done", chosen so
// that the set is small and cheap. Required controls and conditions come first; then, while the
// score is short, the control with the best score gain per unit of effort; finally any step the
// target does not need is dropped again (most expensive first). Greedy, so near-minimal, not
// guaranteed minimal; with under 40 controls an exact search would buy little.

import { conditionHolds, visibleAnswers, visibleQuestionIds } from '../flow/conditions.js';
import { answerPoints } from '../scoring/ipa.js';
import { bestOption, scoredControls } from '../scoring/weighted.js';
import {
  NOT_APPLICABLE,
  type Answers,
  type Condition,
  type Content,
  type ControlQuestion,
  type DiscountScheme,
  type EffortCost,
  type EffortTime,
} from '../types.js';
import { controlSatisfied, discountFor, roundRate, type DiscountResult } from './tier.js';

const COST_FACTOR: Record<EffortCost, number> = { free: 1, low: 3, budget: 9 };
const TIME_FACTOR: Record<EffortTime, number> = { minutes: 1, hours: 2, days: 4, weeks: 8 };

/** Relative effort of a control: cost × time, so a free five-minute fix is 1 and a budgeted project of weeks 72. */
export function effortCost(question: ControlQuestion): number {
  return question.effort ? COST_FACTOR[question.effort.cost] * TIME_FACTOR[question.effort.time] : COST_FACTOR.budget * TIME_FACTOR.days;
}

export interface PlanStep {
  questionId: string;
  /** The option to reach: the best one, or what a condition asks for. */
  to: string;
  effortCost: number;
}

export interface ImprovementPlan {
  targetIndex: number;
  /** Cheapest first. */
  steps: PlanStep[];
  /** The discount once every step is done. */
  result: DiscountResult;
  /** Gain in the combined discount, as a fraction. */
  rateGain: number;
}

function controlsById(content: Content): Map<string, ControlQuestion> {
  return new Map(content.questions.filter((q): q is ControlQuestion => q.type === 'control').map((q) => [q.id, q]));
}

/** Answers that make `condition` hold by changing controls only; undefined when that is impossible. */
function satisfy(condition: Condition, answers: Answers, controls: Map<string, ControlQuestion>): Answers | undefined {
  if (conditionHolds(condition, answers)) return answers;
  if ('all' in condition) {
    return condition.all.reduce<Answers | undefined>((acc, c) => (acc ? satisfy(c, acc, controls) : undefined), answers);
  }
  if ('any' in condition) {
    for (const c of condition.any) {
      const result = satisfy(c, answers, controls);
      if (result) return result;
    }
    return undefined;
  }
  if ('equals' in condition && controls.has(condition.question)) return { ...answers, [condition.question]: String(condition.equals) };
  if ('in' in condition && controls.has(condition.question)) return { ...answers, [condition.question]: String(condition.in[0]) };
  return undefined; // profile facts and negations are not something to "improve"
}

/** The control behind a planned change; the plan only ever changes answers to controls. */
function changedControl(controls: Map<string, ControlQuestion>, id: string): ControlQuestion {
  const control = controls.get(id);
  if (!control) throw new Error(`cyber-risk-check: the improvement plan changed ${JSON.stringify(id)}, which is not a control`);
  return control;
}

function withoutAnswer(answers: Answers, id: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => key !== id));
}

export function improvementPlan(content: Content, scheme: DiscountScheme, allAnswers: Answers, targetIndex: number): ImprovementPlan | undefined {
  const target = scheme.security.tiers[targetIndex];
  if (!target) return undefined;
  const current = discountFor(content, scheme, allAnswers);
  if (current.tierIndex >= targetIndex) return undefined;

  const controls = controlsById(content);
  const visible = visibleQuestionIds(content, allAnswers);
  const original = visibleAnswers(content, allAnswers);
  let working: Answers = { ...original };
  const reaches = (answers: Answers) => discountFor(content, scheme, answers).tierIndex >= targetIndex;
  const bringToBest = (id: string) => {
    const question = controls.get(id);
    if (question && visible.has(id)) working[id] = bestOption(question, content).id;
  };

  for (const id of new Set([...(scheme.security.requireDone ?? []), ...(target.requireDone ?? [])])) {
    if (!controlSatisfied(controls.get(id), working, content, visible)) bringToBest(id);
  }
  if (target.when) {
    const satisfied = satisfy(target.when, working, controls);
    if (!satisfied) return undefined;
    working = satisfied;
  }

  while (!reaches(working)) {
    let pick: { question: ControlQuestion; value: number } | undefined;
    for (const question of scoredControls(content, working)) {
      const best = bestOption(question, content);
      const answer = working[question.id];
      if (answer === best.id || answer === NOT_APPLICABLE) continue;
      const gain = (((best.points ?? 0) - (answerPoints(question, working, content) ?? 0)) / (best.points || 1)) * question.weight;
      const value = gain / effortCost(question);
      if (gain > 0 && (!pick || value > pick.value)) pick = { question, value };
    }
    if (!pick) return undefined;
    bringToBest(pick.question.id);
  }

  // Drop what the target does not need, trying the most expensive steps first.
  const costOf = (id: string) => effortCost(changedControl(controls, id));
  const changed = Object.keys(working).filter((id) => working[id] !== original[id]);
  for (const id of changed.sort((a, b) => costOf(b) - costOf(a))) {
    const before = original[id];
    const without: Answers = before === undefined ? withoutAnswer(working, id) : { ...working, [id]: before };
    if (reaches(without)) working = without;
  }

  const steps = Object.keys(working)
    .filter((id) => working[id] !== original[id])
    .map((id) => ({ questionId: id, to: String(working[id]), effortCost: costOf(id) }))
    .sort((a, b) => a.effortCost - b.effortCost);
  const result = discountFor(content, scheme, { ...allAnswers, ...working });
  return { targetIndex, steps, result, rateGain: roundRate(result.totalRate - current.totalRate) };
}

export interface ImprovementPlans {
  /** To the next tier up, if there is one and it can be reached by improving controls. */
  next?: ImprovementPlan;
  /** To the top tier, when that is further than the next. */
  top?: ImprovementPlan;
}

export function improvementPlans(content: Content, scheme: DiscountScheme, answers: Answers): ImprovementPlans {
  const { tierIndex } = discountFor(content, scheme, answers);
  const last = scheme.security.tiers.length - 1;
  const plans: ImprovementPlans = {};
  // The next reachable tier: a tier that needs a profile change (say, membership) is skipped.
  for (let target = tierIndex + 1; target <= last && !plans.next; target++) {
    const plan = improvementPlan(content, scheme, answers, target);
    if (plan) plans.next = plan;
  }
  if (plans.next && plans.next.targetIndex < last) {
    const top = improvementPlan(content, scheme, answers, last);
    if (top) plans.top = top;
  }
  return plans;
}

export interface MitigationHighlight {
  questionId: string;
  scenarios: string[];
}

/** Controls not yet done that mitigate the most loss scenarios (by their `scenario:` tags), weightiest first. */
export function mitigationHighlights(content: Content, answers: Answers, limit = 5): MitigationHighlight[] {
  return scoredControls(content, answers)
    .filter((q) => answers[q.id] !== bestOption(q, content).id && answers[q.id] !== NOT_APPLICABLE)
    .map((q) => ({ question: q, scenarios: (q.tags ?? []).filter((t) => t.startsWith('scenario:')).map((t) => t.slice('scenario:'.length)) }))
    .filter((entry) => entry.scenarios.length > 0)
    .sort((a, b) => b.scenarios.length * b.question.weight - a.scenarios.length * a.question.weight || effortCost(a.question) - effortCost(b.question))
    .slice(0, limit)
    .map(({ question, scenarios }) => ({ questionId: question.id, scenarios }));
}
