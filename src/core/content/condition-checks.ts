// Checks of conditions (showIf, tier and group rules, scenario appliesIf): each names a known
// question asked before the one it guards, and only values that question can take.

import type { Condition } from '../types.js';
import { childPath } from './json-schema.js';
import type { ErrorSink, QuestionLookup } from './located.js';

export interface ConditionContext {
  /** Flow position of what the condition guards; conditions may only name questions before it. */
  position: number;
  positionOf: (id: string) => number | undefined;
  optionIdsOf: (id: string) => string[] | undefined;
  error: ErrorSink;
}

/** For conditions outside the flow (schemes, scenarios): any known question counts as earlier. */
export function anyQuestionContext(questions: QuestionLookup, error: ErrorSink): ConditionContext {
  return {
    position: Infinity,
    positionOf: (id) => (questions.question(id) ? 0 : undefined),
    optionIdsOf: questions.optionIdsOf,
    error,
  };
}

export function checkCondition(condition: Condition, path: string, at: { file: string }, ctx: ConditionContext): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => checkCondition(c, childPath(childPath(path, 'all'), i), at, ctx));
    return;
  }
  if ('any' in condition) {
    condition.any.forEach((c, i) => checkCondition(c, childPath(childPath(path, 'any'), i), at, ctx));
    return;
  }
  if ('not' in condition) {
    checkCondition(condition.not, childPath(path, 'not'), at, ctx);
    return;
  }

  const target = condition.question;
  const targetPosition = ctx.positionOf(target);
  if (targetPosition === undefined) {
    ctx.error({ file: at.file, path: childPath(path, 'question') }, `condition names unknown question ${JSON.stringify(target)}`);
    return;
  }
  // Conditions may only look back; this also rules out cycles.
  if (targetPosition >= ctx.position) {
    ctx.error(
      { file: at.file, path: childPath(path, 'question') },
      `condition names ${JSON.stringify(target)}, which is not asked before this question; conditions can only refer to earlier questions`,
    );
    return;
  }
  const optionIds = ctx.optionIdsOf(target);
  const values = 'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : 'includes' in condition ? [condition.includes] : [];
  if (!optionIds) return;
  for (const value of values) {
    if (!optionIds.includes(String(value))) {
      ctx.error(
        { file: at.file, path: path },
        `question ${JSON.stringify(target)} has no option ${JSON.stringify(value)}; its options are ${optionIds.map((o) => JSON.stringify(o)).join(', ')}`,
      );
    }
  }
}
