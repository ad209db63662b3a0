// Checks of the question files: unique ids, questions that name known categories, scales and IPA
// topics, options fit for their use, showIf conditions that look back in the flow, and every IPA
// topic asked of every company. Also settles the flow order of the questions.

import { NOT_APPLICABLE, type AnswerOption, type AnswerScale, type Category, type IpaTopic, type Question } from '../types.js';
import { checkCondition } from './condition-checks.js';
import type { ContentItems } from './files.js';
import { childPath } from './json-schema.js';
import { indexById, optionIds, questionLookup, type ErrorSink, type Located, type QuestionLookup } from './located.js';

interface QuestionIndex {
  categoryById: Map<string, Located<Category>>;
  scaleById: Map<string, Located<AnswerScale>>;
  topicById: Map<string, Located<IpaTopic>>;
  /** Every category, for the message about an unknown one. */
  categories: Located<Category>[];
}

/** Runs the checks; returns the questions in flow order and the look-up the other checks use. */
export function checkQuestionFiles(items: ContentItems, schemaFailed: boolean, error: ErrorSink): { ordered: Located<Question>[]; questions: QuestionLookup } {
  const categoryById = indexById(items.categories, 'category', error);
  const scaleById = indexById(items.scales, 'answer scale', error);
  const questionById = indexById(items.questions, 'question', error);
  const topicById = indexById(items.ipaTopics, 'IPA topic', error);
  indexById(items.ipaBands, 'IPA band', error);

  for (const scale of items.scales) checkUniqueOptionIds(scale.value.options, scale, childPath(scale.path, 'options'), error);
  const index: QuestionIndex = { categoryById, scaleById, topicById, categories: items.categories };
  for (const located of items.questions) checkQuestion(located, index, error);

  const ordered = flowOrder(items.categories, items.questions);
  const questions = questionLookup(questionById, scaleById);
  checkShowIf(ordered, questions, error);
  // Skipped when a file failed its schema: its items are missing and would only add noise.
  if (!schemaFailed) checkIpaCoverage(items, error);
  const [firstTopic] = items.ipaTopics;
  if (firstTopic && items.ipaBands.length === 0) error({ file: firstTopic.file, path: '$' }, 'IPA topics are defined but no ipaBands');
  return { ordered, questions };
}

function checkQuestion(located: Located<Question>, index: QuestionIndex, error: ErrorSink): void {
  const q = located.value;
  const at = (key: string) => ({ file: located.file, path: childPath(located.path, key) });
  const category = index.categoryById.get(q.category);
  if (!category) {
    const known = index.categories.map((c) => JSON.stringify(c.value.id)).join(', ');
    error(at('category'), `unknown category ${JSON.stringify(q.category)}; expected one of ${known || '(none defined)'}`);
    return;
  }
  const expectedKind = q.type === 'control' ? 'controls' : 'profile';
  if (category.value.kind !== expectedKind) {
    error(at('type'), `a ${q.type} question belongs in a ${expectedKind} category, but ${JSON.stringify(q.category)} is a ${category.value.kind} category`);
  }
  checkOptions(located, index, error);
  if (q.type === 'control') {
    q.ipaTopics?.forEach((topic, i) => {
      if (!index.topicById.has(topic))
        error({ file: located.file, path: childPath(childPath(located.path, 'ipaTopics'), i) }, `unknown IPA topic ${JSON.stringify(topic)}`);
    });
  }
  if ('min' in q && q.min !== undefined && q.max !== undefined && q.min > q.max) error(at('max'), `max (${q.max}) is below min (${q.min})`);
}

/** A known scale (with points on every option for a control), unique inline options, and "na" where allowed. */
function checkOptions(located: Located<Question>, index: QuestionIndex, error: ErrorSink): void {
  const q = located.value;
  const at = (key: string) => ({ file: located.file, path: childPath(located.path, key) });
  if ('scale' in q && q.scale !== undefined) {
    const scale = index.scaleById.get(q.scale);
    if (!scale) error(at('scale'), `unknown answer scale ${JSON.stringify(q.scale)}`);
    else if (q.type === 'control') {
      scale.value.options.forEach((option, i) => {
        if (option.points === undefined) {
          error(
            { file: scale.file, path: childPath(childPath(childPath(scale.path, 'options'), i), 'points') },
            `missing points on option ${JSON.stringify(option.id)}; control question ${JSON.stringify(q.id)} uses this scale, so every option needs points`,
          );
        }
      });
    }
  }
  if ('options' in q && q.options) checkUniqueOptionIds(q.options, located, at('options').path, error);
  if (q.type === 'control' && q.allowNotApplicable) {
    const ids = optionIds(q, (s) => index.scaleById.get(s)?.value) ?? [];
    if (!ids.includes(NOT_APPLICABLE)) {
      error(at('allowNotApplicable'), `allowNotApplicable needs an option with id "${NOT_APPLICABLE}" in the question's scale or options`);
    }
  }
}

function checkUniqueOptionIds(options: AnswerOption[], at: { file: string }, path: string, error: ErrorSink): void {
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.id)) error({ file: at.file, path: childPath(childPath(path, i), 'id') }, `duplicate option id ${JSON.stringify(option.id)}`);
    seen.add(option.id);
  });
}

/** Categories as listed, questions in file order within each; questions of unknown categories are left out. */
function flowOrder(categories: Located<Category>[], questions: Located<Question>[]): Located<Question>[] {
  const categoryOrder = new Map(categories.map((c, i) => [c.value.id, i]));
  return questions
    .flatMap((q, i) => {
      const rank = categoryOrder.get(q.value.category);
      return rank === undefined ? [] : [{ q, rank, i }];
    })
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ q }) => q);
}

/** A showIf may only name questions earlier in the flow. */
function checkShowIf(ordered: Located<Question>[], questions: QuestionLookup, error: ErrorSink): void {
  const positions = new Map(ordered.map((q, i) => [q.value.id, i]));
  for (const located of ordered) {
    if (!located.value.showIf) continue;
    const position = positions.get(located.value.id);
    if (position === undefined) throw new Error(`cyber-risk-check: question ${JSON.stringify(located.value.id)} has no place in the flow`);
    const context = { position, positionOf: (id: string) => positions.get(id), optionIdsOf: questions.optionIdsOf, error };
    checkCondition(located.value.showIf, childPath(located.path, 'showIf'), located, context);
  }
}

/** The IPA-style score needs every topic asked of every company: covered by an unconditional control. */
function checkIpaCoverage(items: ContentItems, error: ErrorSink): void {
  for (const topic of items.ipaTopics) {
    const covering = items.questions.filter((q) => q.value.type === 'control' && q.value.ipaTopics?.includes(topic.value.id));
    if (covering.length === 0)
      error(topic, `IPA topic ${JSON.stringify(topic.value.id)} is not covered by any control question (list it in a question's ipaTopics)`);
    else if (covering.every((q) => q.value.showIf))
      error(topic, `IPA topic ${JSON.stringify(topic.value.id)} is covered only by conditional questions; at least one must be asked of every company`);
  }
}
