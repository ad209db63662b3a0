// The content in two parts: what the questions need, and what the results need besides. The
// widget loads the first part with its code and the second after the first screen; Node and the
// tests use both at once.

import type { AskedQuestion, Content, ContentIds, ControlScoring, LocalText, QuestionContent, ResultsContent } from '../types.js';

/** The question part of whole content: its questions still carry their scoring fields. */
export type FullQuestionPart = Pick<Content, 'categories' | 'scales' | 'questions'>;

export function questionPart({ categories, scales, questions }: Content): FullQuestionPart {
  return { categories, scales, questions };
}

export function resultsPart(content: Content): ResultsContent {
  // Copy and remove rather than pick, so that a field added to the results part needs no change here.
  const part: ResultsContent & Partial<QuestionContent> = { ...content };
  delete part.categories;
  delete part.scales;
  delete part.questions;
  return part;
}

/** The scoring fields of each control question (and what only the results show of it), by question id. */
export function controlScoring({ questions }: Pick<Content, 'questions'>): Record<string, ControlScoring> {
  const scoring: Record<string, ControlScoring> = {};
  for (const q of questions) {
    if (q.type !== 'control') continue;
    const { weight, ipaTopics, tags, effort, action, askWho, howTo } = q;
    scoring[q.id] = {
      weight,
      ...(ipaTopics && { ipaTopics }),
      ...(tags && { tags }),
      ...(effort && { effort }),
      ...(action && { action }),
      ...(askWho && { askWho }),
      ...(howTo && { howTo }),
    };
  }
  return scoring;
}

/**
 * The question part without its scoring fields: the widget's first load, which asks the questions
 * but scores nothing. Typed as QuestionContent, whose controls may lack their scoring fields.
 */
export function withoutScoring(part: QuestionContent): QuestionContent {
  const questions = part.questions.map((q): AskedQuestion => {
    if (q.type !== 'control') return q;
    const { weight, ipaTopics, tags, effort, action, askWho, howTo, ...asked } = q;
    return asked;
  });
  return { ...part, questions };
}

/**
 * Puts scoring fields back into the questions, in place. The build makes `scoring` from the same
 * content (controlScoring), so every control gets its fields back: the questions are whole again.
 */
export function fillScoring(content: QuestionContent, scoring: Record<string, ControlScoring>): asserts content is FullQuestionPart {
  for (const q of content.questions) if (q.type === 'control' && scoring[q.id]) Object.assign(q, scoring[q.id]);
}

/** Whether the results part is there (always for content given whole; for the widget's, once loaded). */
export function isFullContent(content: QuestionContent): content is Content {
  return 'loss' in content && 'discountSchemes' in content;
}

export function contentIds(content: ResultsContent): ContentIds {
  return {
    discountSchemes: content.discountSchemes.map((s) => s.id),
    rateTables: content.rateTables.map((t) => t.id),
    coverage: content.loss.coverage.map((c) => c.id),
    scenarios: content.loss.scenarios.map((s) => s.id),
  };
}

/** One thing a partner may choose by id, with its title. */
export interface ContentChoice {
  id: string;
  title: LocalText;
}

/** What a partner configuration may name, with titles (for the configurator's lists). */
export type ContentChoices = Record<keyof ContentIds, ContentChoice[]>;

export function contentChoices(content: ResultsContent): ContentChoices {
  const pick = ({ id, title }: ContentChoice) => ({ id, title });
  return {
    discountSchemes: content.discountSchemes.map(pick),
    rateTables: content.rateTables.map(pick),
    coverage: content.loss.coverage.map(pick),
    scenarios: content.loss.scenarios.map(pick),
  };
}
