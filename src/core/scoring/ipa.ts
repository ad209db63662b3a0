// The IPA total, as IPA's 「5分でできる！情報セキュリティ自社診断」 sheet gives it: 25 items at
// 4 / 2 / 0 / -1 (done, partly, not done, don't know), added up. At most 100; at least -25 (every
// item "don't know"), and never clamped or rescaled. Each IPA item is one control question (its
// `ipaTopics`; the question-set tests hold every item to exactly one question, asked of everyone).
// IPA's sheet has no "does not apply": an item that does not apply leaves nothing undone on it, so
// it counts as done (4), which keeps the sum IPA's and 100 reachable. An unanswered item adds
// nothing (0), like a blank row on the sheet, and is listed so the results can say so.

import { visibleQuestionIds } from '../flow/conditions.js';
import { optionsOf } from '../flow/options.js';
import { NOT_APPLICABLE, type Answers, type Content, type ControlQuestion, type IpaBand, type IpaTopic, type OptionQuestion } from '../types.js';

export const IPA_MAX_POINTS = 4;

export interface IpaTopicScore {
  topic: IpaTopic;
  /** Points on IPA's sheet: 4, 2, 0 or -1; 4 for "does not apply", 0 when unanswered. */
  points: number;
  /** The question that answers the item (one, in the shipped content). */
  questionIds: string[];
  /** Answered "does not apply", and counted as done. */
  notApplicable: boolean;
}

export interface IpaScore {
  /** The sum over IPA's 25 items: -25 to 100. */
  score: number;
  band: IpaBand;
  topics: IpaTopicScore[];
  /** Questions covering a topic that are not answered yet (each counts 0). */
  unanswered: string[];
  /** Questions answered "don't know": things to find out. */
  unknown: string[];
  /** Questions answered "does not apply" (each counts as done). */
  notApplicable: string[];
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
  const notApplicable = new Set<string>();

  const topics = content.ipaTopics.map((topic): IpaTopicScore => {
    const covering = controls.filter((q) => q.ipaTopics?.includes(topic.id));
    // One question per item in the shipped content; should content ever give an item several,
    // it takes the lowest, so that no answer scores better than it is. No question counts 0.
    let lowest: number | undefined;
    for (const question of covering) {
      const points = answerPoints(question, answers, content);
      if (points === null) notApplicable.add(question.id);
      else if (points === undefined) unanswered.add(question.id);
      else if (answers[question.id] === 'unknown') unknown.add(question.id);
      lowest = Math.min(lowest ?? Infinity, points === null ? IPA_MAX_POINTS : (points ?? 0));
    }
    const allNotApplicable = covering.length > 0 && covering.every((q) => notApplicable.has(q.id));
    return { topic, points: lowest ?? 0, questionIds: covering.map((q) => q.id), notApplicable: allNotApplicable };
  });

  const score = topics.reduce((total, t) => total + t.points, 0);
  return {
    score,
    band: ipaBand(content, score),
    topics,
    unanswered: [...unanswered],
    unknown: [...unknown],
    notApplicable: [...notApplicable],
  };
}

/** The first band (the highest) whose minimum the score reaches, else the last (the lowest). */
export function ipaBand(content: Content, score: number): IpaBand {
  const band = content.ipaBands.find((b) => score >= b.min) ?? content.ipaBands.at(-1);
  if (!band) throw new Error('cyber-risk-check: the content has no IPA bands');
  return band;
}
