// The seminar quick check's result. Ten to twelve answers are too few for IPA's 25-item sheet or
// for discount rules written for the whole check, so both are taken on the questions asked only:
// the score is the points as a share of full marks on those controls (on IPA's 0–100 scale, so
// IPA's bands apply), and the discount is the scheme's rules applied to those controls alone. Both
// are estimates, and the widget says so; the full check gives the real figures.

import { scenarioTags } from './decision.js';
import { discountFor, type DiscountResult } from './discount/tier.js';
import { improvementPlans, type ImprovementPlan } from './discount/plan.js';
import { visibleQuestionIds } from './flow/conditions.js';
import { quickCheckIds } from './flow/steps.js';
import { answerPoints, ipaBand } from './scoring/ipa.js';
import { bestOption } from './scoring/weighted.js';
import type { Answers, Content, ControlQuestion, DiscountScheme, IpaBand } from './types.js';

/** A control the owner has not done (or does not know about), worth doing first. */
export interface QuickRisk {
  questionId: string;
  /** The answer given; undefined when skipped (counted as not done). */
  answer: string | undefined;
  /** The kinds of incident doing it makes less likely or smaller. */
  scenarios: string[];
}

export interface QuickResult {
  /** Points as a share of full marks over the controls asked, 0–100. */
  score: number;
  band: IpaBand;
  /** Controls asked, and how many of them have an answer. */
  asked: number;
  answered: number;
  /** At most three: not done, don't know or skipped before partly done; heavier first. */
  risks: QuickRisk[];
  /** The scheme's rules on the controls asked. */
  discount: DiscountResult;
  /** The cheapest way to the next tier, from the controls asked. */
  next?: ImprovementPlan;
}

/** The content as the quick check sees it: only the questions it asks. */
function onlyAsked(content: Content): Content {
  const only = quickCheckIds(content);
  return { ...content, questions: content.questions.filter((q) => only.has(q.id)) };
}

function askedControls(content: Content, answers: Answers): ControlQuestion[] {
  const visible = visibleQuestionIds(content, answers);
  return content.questions.filter((q): q is ControlQuestion => q.type === 'control' && visible.has(q.id));
}

/** How far from done: 1 for not done, don't know or skipped; between 0 and 1 for partly; 0 for done or not applicable. */
function shortfall(question: ControlQuestion, answers: Answers, content: Content): number {
  const points = answerPoints(question, answers, content);
  if (points === null) return 0;
  const best = bestOption(question, content).points ?? 0;
  return best > 0 ? Math.min(1, (best - Math.max(0, points ?? 0)) / best) : 0;
}

export function quickResult(content: Content, scheme: DiscountScheme, answers: Answers): QuickResult {
  const quick = onlyAsked(content);
  const controls = askedControls(quick, answers);
  let earned = 0;
  let possible = 0;
  let answered = 0;
  for (const question of controls) {
    const points = answerPoints(question, answers, quick);
    const best = bestOption(question, quick).points ?? 0;
    if (points !== undefined) answered++;
    // "Does not apply" leaves nothing undone, as on IPA's sheet; skipped counts 0, don't know its -1.
    earned += points === null ? best : (points ?? 0);
    possible += best;
  }
  const score = possible > 0 ? Math.max(0, Math.round((100 * earned) / possible)) : 0;
  const risks = controls
    .map((question) => ({ question, gap: shortfall(question, answers, quick) }))
    .filter(({ gap }) => gap > 0)
    .sort((a, b) => b.gap - a.gap || b.question.weight - a.question.weight)
    .slice(0, 3)
    .map(({ question }): QuickRisk => {
      const answer = answers[question.id];
      return { questionId: question.id, answer: typeof answer === 'string' ? answer : undefined, scenarios: scenarioTags(question) };
    });
  const next = improvementPlans(quick, scheme, answers).next;
  return {
    score,
    band: ipaBand(content, score),
    asked: controls.length,
    answered,
    risks,
    discount: discountFor(quick, scheme, answers),
    ...(next && { next }),
  };
}
