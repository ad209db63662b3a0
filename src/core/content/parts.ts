// The content in two parts: what the questions need, and what the results need besides. The
// widget loads the first part with its code and the second after the first screen; Node and the
// tests use both at once.

import type { Content, ContentIds, QuestionContent, ResultsContent } from '../types.js';

export function questionPart({ categories, scales, questions }: Content): QuestionContent {
  return { categories, scales, questions };
}

export function resultsPart(content: Content): ResultsContent {
  const { categories: _c, scales: _s, questions: _q, ...rest } = content;
  return rest;
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
