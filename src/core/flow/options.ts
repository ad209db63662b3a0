import { hasOptions, NOT_APPLICABLE, type AnswerOption, type QuestionContent, type AskedQuestion } from '../types.js';

/**
 * The options a question offers, resolved from its scale. A scale may define a "not applicable"
 * option (id `na`); it is offered only on questions that set `allowNotApplicable`.
 */
export function optionsOf(question: AskedQuestion, content: QuestionContent): AnswerOption[] {
  if (!hasOptions(question)) return [];
  const options = question.options ?? (question.scale ? content.scales[question.scale]?.options : undefined) ?? [];
  const allowNotApplicable = question.type === 'control' && question.allowNotApplicable === true;
  return allowNotApplicable ? options : options.filter((o) => o.id !== NOT_APPLICABLE);
}
