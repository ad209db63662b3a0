// Questions and answers as text in one language, for the results, the printed sheets and the
// quote request.

import { formatAmount, formatList, formatNumber } from '../format.js';
import { hasOptions, local, type AnswerValue, type QuestionContent, type Lang } from '../types.js';
import { optionsOf } from './options.js';

export function questionText(content: QuestionContent, id: string, lang: Lang): string {
  const question = content.questions.find((q) => q.id === id);
  return question ? local(question.text, lang) : id;
}

/**
 * An answer as owners read it: option labels, amounts in 万 and 億 (3億円), other numbers grouped
 * with their unit (20,000件).
 */
export function answerText(content: QuestionContent, id: string, value: AnswerValue, lang: Lang): string {
  const question = content.questions.find((q) => q.id === id);
  const options = question ? optionsOf(question, content) : [];
  const label = (optionId: string) => {
    const option = options.find((o) => o.id === optionId);
    return option ? local(option.label, lang) : optionId;
  };
  if (Array.isArray(value)) return formatList(value.map(label), lang);
  if (typeof value !== 'number') return label(value);
  if (question?.type === 'amount') return formatAmount(value, lang);
  const unit = question && !hasOptions(question) && question.unit ? local(question.unit, lang) : '';
  return `${formatNumber(value, lang)}${unit && lang === 'en' ? ' ' : ''}${unit}`;
}
