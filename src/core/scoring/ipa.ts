// The IPA-style total: IPA's 5-minute self-check scores 25 topics at 4 / 2 / 0 / -1 (done, partly,
// not done, don't know) for at most 100. Our questions cover those topics (the coverage map is each
// control's `ipaTopics`); a topic takes the lowest points among the questions that cover it.
// A topic answered "does not apply" is left out and the total rescaled to 100; unanswered counts
// as 0, like "not done"; the total never goes below 0.

import { visibleQuestionIds } from '../flow/conditions.js';
import { optionsOf } from '../flow/options.js';
import { NOT_APPLICABLE, type Answers, type Content, type ControlQuestion, type IpaBand, type IpaTopic, type OptionQuestion } from '../types.js';

export const IPA_MAX_POINTS = 4;

export interface IpaTopicScore {
  topic: IpaTopic;
  /** Points counted for the topic; `undefined` when it does not apply. */
  points: number | undefined;
  questionIds: string[];
}

export interface IpaScore {
  /** 0–100. */
  score: number;
  band: IpaBand;
  topics: IpaTopicScore[];
  /** Questions covering a topic that are not answered yet. */
  unanswered: string[];
  /** Questions answered "don't know": things to find out. */
  unknown: string[];
}

/** Points of the chosen option, `null` for "does not apply", `undefined` when unanswered. */
export function answerPoints(question: OptionQuestion, answers: Answers, content: Content): number | null | undefined {
  const answer = answers[question.id];
  if (typeof answer !== 'string') return undefined;
  if (answer === NOT_APPLICABLE) return null;
  return optionsOf(question, content).find((o) => o.id === answer)?.points;
}

export function ipaScore(content: Content, answers: Answers): IpaScore {
  const visible = visibleQuestionIds(content, answers);
  const controls = content.questions.filter((q): q is ControlQuestion => q.type === 'control' && visible.has(q.id));
  const unanswered = new Set<string>();
  const unknown = new Set<string>();

  const topics = content.ipaTopics.map((topic): IpaTopicScore => {
    const covering = controls.filter((q) => q.ipaTopics?.includes(topic.id));
    let lowest: number | undefined;
    let applies = covering.length === 0; // an uncovered topic counts as not done (the validator forbids it)
    for (const question of covering) {
      const points = answerPoints(question, answers, content);
      if (points === null) continue;
      applies = true;
      if (points === undefined) unanswered.add(question.id);
      if (answers[question.id] === 'unknown') unknown.add(question.id);
      lowest = Math.min(lowest ?? Infinity, points ?? 0);
    }
    return { topic, points: applies ? (lowest ?? 0) : undefined, questionIds: covering.map((q) => q.id) };
  });

  const counted = topics.flatMap((t) => (t.points === undefined ? [] : [t.points]));
  const sum = counted.reduce((total, points) => total + points, 0);
  const raw = counted.length === 0 ? 0 : (100 * sum) / (IPA_MAX_POINTS * counted.length);
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  return { score, band: ipaBand(content, score), topics, unanswered: [...unanswered], unknown: [...unknown] };
}

/** The first band (the highest) whose minimum the score reaches, else the last (the lowest). */
export function ipaBand(content: Content, score: number): IpaBand {
  const band = content.ipaBands.find((b) => score >= b.min) ?? content.ipaBands.at(-1);
  if (!band) throw new Error('cyber-risk-check: the content has no IPA bands');
  return band;
}
