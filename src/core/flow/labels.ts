// Questions and answers as text in one language, for the results, the printed sheets and the
// quote request. Lists are joined by Intl.ListFormat (「A、B、C」, "A, B, and C").

import { local, type AnswerValue, type QuestionContent, type Lang } from '../types.js';
import { optionsOf } from './options.js';

const LOCALE: Record<Lang, string> = { ja: 'ja-JP', en: 'en-US' };

export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
}

export function questionText(content: QuestionContent, id: string, lang: Lang): string {
  const question = content.questions.find((q) => q.id === id);
  return question ? local(question.text, lang) : id;
}

/** An answer as the user saw it: option labels, or the number as typed. */
export function answerText(content: QuestionContent, id: string, value: AnswerValue, lang: Lang): string {
  const question = content.questions.find((q) => q.id === id);
  const options = question ? optionsOf(question, content) : [];
  const label = (optionId: string) => {
    const option = options.find((o) => o.id === optionId);
    return option ? local(option.label, lang) : optionId;
  };
  if (Array.isArray(value)) return formatList(value.map(label), lang);
  return typeof value === 'number' ? String(value) : label(value);
}
