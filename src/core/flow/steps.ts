// The steps of the widget: intro, one per category with something to ask, results, the quote form.

import type { Answers, AskedQuestion, Category, QuestionContent } from '../types.js';
import { visibleQuestionIds } from './conditions.js';

export type StepId = string;
export const INTRO_STEP = 'intro';
export const RESULTS_STEP = 'results';
/** The quote request form, after the results; not counted in the progress. */
export const QUOTE_STEP = 'quote';

export interface Step {
  id: StepId;
  category?: Category;
  questions: AskedQuestion[];
}

/** The steps for these answers; `quickCheck`: ask only the quick check's questions (see quickCheckIds). */
export function stepsFor(content: QuestionContent, answers: Answers, quickCheck = false): Step[] {
  const shown = visibleQuestionIds(content, answers);
  const only = quickCheck ? quickCheckIds(content) : undefined;
  const visible = only ? new Set([...shown].filter((id) => only.has(id))) : shown;
  const categorySteps = content.categories
    .map((category) => ({
      id: category.id,
      category,
      questions: content.questions.filter((q) => q.category === category.id && visible.has(q.id) && inSteps(q)),
    }))
    .filter((step) => step.questions.length > 0);
  return [{ id: INTRO_STEP, questions: [] }, ...categorySteps, { id: RESULTS_STEP, questions: [] }, { id: QUOTE_STEP, questions: [] }];
}

/** Whether a question is asked in the check's steps: all but those only the star ladder asks. */
export function inSteps(question: AskedQuestion): boolean {
  // `in`, not a test of its type and value: the schema allows the field on controls only, as true; and this runs on the first screen, where bytes count.
  return !('starsOnly' in question);
}

/** The steps that ask questions: every step with a category. */
export function questionSteps(steps: Step[]): Step[] {
  return steps.filter((s) => s.category);
}

/** The seminar's quick check: the questions the content marks "quick", in their order. */
export function quickCheckIds(content: QuestionContent): Set<string> {
  return new Set(content.questions.filter((question) => question.quick === true).map((question) => question.id));
}

/** Where a saved step id lands when the steps have changed (a category became hidden): the intro. */
export function stepIndex(steps: Step[], id: StepId): number {
  const index = steps.findIndex((s) => s.id === id);
  return index === -1 ? 0 : index;
}
