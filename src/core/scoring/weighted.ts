// The weighted security score that discount tiers are set against: each visible control counts
// its points as a share of its best option's points, times its weight. "Does not apply" leaves
// the control out; unanswered counts as 0; "don't know" keeps its negative points, so it never
// scores as done. Rounded to a whole number, which is also what tier rules compare against.

import { visibleQuestionIds } from '../flow/conditions.js';
import { optionsOf } from '../flow/options.js';
import type { Answers, Content, ControlQuestion } from '../types.js';
import { answerPoints } from './ipa.js';

export interface CategoryScore {
  categoryId: string;
  /** 0–100, or undefined when nothing in the category counts. */
  score: number | undefined;
  answered: number;
  total: number;
}

export interface WeightedScore {
  score: number;
  categories: CategoryScore[];
}

export function bestOption(question: ControlQuestion, content: Content) {
  return optionsOf(question, content).reduce((best, o) => ((o.points ?? -Infinity) > (best.points ?? -Infinity) ? o : best));
}

/** Scored controls shown for these answers, in flow order. */
export function scoredControls(content: Content, answers: Answers): ControlQuestion[] {
  const visible = visibleQuestionIds(content, answers);
  return content.questions.filter((q): q is ControlQuestion => q.type === 'control' && q.weight > 0 && visible.has(q.id));
}

function percent(earned: number, possible: number): number | undefined {
  return possible === 0 ? undefined : Math.max(0, Math.min(100, Math.round((100 * earned) / possible)));
}

export function weightedScore(content: Content, answers: Answers): WeightedScore {
  const totals = new Map<string, { earned: number; possible: number; answered: number; total: number }>();
  for (const question of scoredControls(content, answers)) {
    const entry = totals.get(question.category) ?? { earned: 0, possible: 0, answered: 0, total: 0 };
    totals.set(question.category, entry);
    entry.total++;
    const points = answerPoints(question, answers, content);
    if (points !== undefined) entry.answered++;
    if (points === null) continue; // does not apply
    const best = bestOption(question, content).points ?? 0;
    entry.earned += ((points ?? 0) / best) * question.weight;
    entry.possible += question.weight;
  }
  let earned = 0;
  let possible = 0;
  const categories = content.categories.flatMap((c): CategoryScore[] => {
    const entry = totals.get(c.id);
    if (!entry) return [];
    earned += entry.earned;
    possible += entry.possible;
    return [{ categoryId: c.id, score: percent(entry.earned, entry.possible), answered: entry.answered, total: entry.total }];
  });
  return { score: percent(earned, possible) ?? 0, categories };
}
