// Whether an answer is one its question could have been given: an option it offers, options it
// offers without repeats, or a finite number within its limits. Answers come back from storage and
// share links, which may be old or damaged; one that does not fit counts as not given.

import { hasOptions, type AnswerValue, type Answers, type AskedQuestion, type QuestionContent } from '../types.js';
import { visibleQuestionIds } from './conditions.js';
import { inSteps } from './steps.js';
import { optionsOf } from './options.js';

export function fitsQuestion(question: AskedQuestion, value: unknown, content: QuestionContent): value is AnswerValue {
  if (question.type === 'number' || question.type === 'amount')
    return typeof value === 'number' && Number.isFinite(value) && value >= (question.min ?? 0) && (question.max === undefined || value <= question.max);
  if (!hasOptions(question)) return false;
  const offered = new Set(optionsOf(question, content).map((o) => o.id));
  if (question.type === 'multi')
    return Array.isArray(value) && value.every((v) => typeof v === 'string' && offered.has(v)) && new Set(value).size === value.length;
  return typeof value === 'string' && offered.has(value);
}

/** The questions the owner is asked, given these answers, that have no answer that fits: in question order. */
export function unansweredQuestions(content: QuestionContent, answers: Answers): string[] {
  const visible = visibleQuestionIds(content, answers);
  return content.questions.filter((q) => visible.has(q.id) && inSteps(q) && !fitsQuestion(q, answers[q.id], content)).map((q) => q.id);
}
