// How many questions to expect and how long they take, for the intro. Reading speed and answer
// time are rough averages for careful non-expert readers; the figure is rounded up.

import type { Content, Lang } from '../types.js';
import { visibleQuestionIds } from './conditions.js';

/** Characters read per minute: Japanese text is denser than English. */
const READING_SPEED: Record<Lang, number> = { ja: 450, en: 1000 };
const SECONDS_TO_ANSWER = 6;

export interface ExpectedLength {
  /** Questions shown to a company that answers "no" to every condition. */
  questions: number;
  /** Questions if every conditional question is shown. */
  maxQuestions: number;
  minutes: number;
}

export function expectedLength(content: Content, lang: Lang): ExpectedLength {
  const baseline = visibleQuestionIds(content, {});
  const shown = content.questions.filter((q) => baseline.has(q.id));
  const characters = shown.reduce((sum, q) => sum + q.text[lang].length, 0);
  const seconds = (characters / READING_SPEED[lang]) * 60 + shown.length * SECONDS_TO_ANSWER;
  return { questions: shown.length, maxQuestions: content.questions.length, minutes: Math.max(1, Math.ceil(seconds / 60)) };
}
