// Which questions are shown, given the answers so far. A hidden question's answer never counts,
// so everything downstream (scoring, estimates, the quote) asks `visibleAnswers`, not `answers`.

import type { Answers, Condition, QuestionContent } from '../types.js';

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers));
  if ('not' in condition) return !conditionHolds(condition.not, answers);
  const answer = answers[condition.question];
  if (answer === undefined) return false;
  if ('equals' in condition) return answer === condition.equals;
  if ('in' in condition) return !Array.isArray(answer) && condition.in.includes(answer);
  if ('includes' in condition) return Array.isArray(answer) && answer.includes(condition.includes);
  return typeof answer === 'number' && answer >= condition.atLeast;
}

/**
 * Visibility in flow order. A question whose condition refers to a hidden question sees that
 * question as unanswered, so hiding cascades.
 */
export function visibleQuestionIds(content: QuestionContent, answers: Answers): Set<string> {
  const visible = new Set<string>();
  const effective: Answers = {};
  for (const q of content.questions) {
    if (q.showIf && !conditionHolds(q.showIf, effective)) continue;
    visible.add(q.id);
    const answer = answers[q.id];
    if (answer !== undefined) effective[q.id] = answer;
  }
  return visible;
}

/** The answers that count: those to questions that are currently shown. */
export function visibleAnswers(content: QuestionContent, answers: Answers): Answers {
  const visible = visibleQuestionIds(content, answers);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
}

/** The questions a condition names, in order. */
export function conditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionQuestions);
  if ('any' in condition) return condition.any.flatMap(conditionQuestions);
  if ('not' in condition) return conditionQuestions(condition.not);
  return [condition.question];
}
