// How many questions to expect and how long they take, for the intro. A question costs the time
// to read it plus the time to answer, which grows with the options to scan (a yes/no is quicker
// than twelve industries) and is longest for typed numbers. Calibrated on IPA's claim that its
// 25 questions of about 40 characters take 5 minutes (12 seconds each).

import { visibleQuestionIds } from './conditions.js';
import { inSteps } from './steps.js';
import { optionsOf } from './options.js';
import { local, type Answers, type QuestionContent, type Lang, type AskedQuestion } from '../types.js';

/** Characters read per minute: Japanese text is denser than English. */
const READING_SPEED: Record<Lang, number> = { ja: 450, en: 1000 };
const SECONDS_TO_DECIDE = 2;
const SECONDS_PER_OPTION = 1;
const SECONDS_TO_TYPE = 8;

export interface ExpectedLength {
  /** Questions shown for the given answers. */
  questions: number;
  /** Questions if every conditional question is shown. */
  maxQuestions: number;
  /** Estimated seconds, and the same rounded to whole minutes for display. */
  seconds: number;
  minutes: number;
}

function secondsFor(question: AskedQuestion, content: QuestionContent, lang: Lang): number {
  const reading = (local(question.text, lang).length / READING_SPEED[lang]) * 60;
  const options = optionsOf(question, content).length;
  const answering = options === 0 ? SECONDS_TO_TYPE : SECONDS_TO_DECIDE + options * SECONDS_PER_OPTION;
  return reading + answering;
}

/** Length for a company answering as in `answers` (by default: "no" to every condition). */
export function expectedLength(content: QuestionContent, lang: Lang, answers: Answers = {}): ExpectedLength {
  const visible = visibleQuestionIds(content, answers);
  const asked = content.questions.filter(inSteps);
  const shown = asked.filter((q) => visible.has(q.id));
  const seconds = shown.reduce((sum, q) => sum + secondsFor(q, content, lang), 0);
  return { questions: shown.length, maxQuestions: asked.length, seconds: Math.round(seconds), minutes: Math.max(1, Math.round(seconds / 60)) };
}
