// Puts the checked items together as one Content: lists in the order the widget shows them, scales
// by id, and a default loss model when the content has none.

import type { LossModel } from '../loss/types.js';
import type { Content, Question } from '../types.js';
import type { ContentItems } from './files.js';
import type { Located } from './located.js';

/** The model when no file defines one (content with scenarios must: the loss checks say so). */
const DEFAULT_LOSS_MODEL: LossModel = {
  jnsa: { base: 500, identifiability: 1, socialResponsibility: 1, response: 1, kinds: {} },
  grossMargin: { default: 0.25 },
  sources: {},
};

/** `ordered` is the questions in flow order (see checkQuestionFiles). */
export function assembleContent(items: ContentItems, ordered: Located<Question>[]): Content {
  return {
    loss: {
      model: items.models[0]?.value ?? DEFAULT_LOSS_MODEL,
      scenarios: items.scenarios.map((s) => s.value),
      presets: items.presets.map((p) => p.value),
      coverage: items.programs.map((p) => p.value),
    },
    // The scheme named first in file order is the default.
    discountSchemes: items.schemes.map((s) => s.value),
    rateTables: items.rateTables.map((t) => t.value),
    ...(items.industries[0] && { industries: items.industries[0].value }),
    ...(items.starSchemes.length > 0 && { starSchemes: items.starSchemes.map((s) => s.value).sort((a, b) => a.order - b.order) }),
    ...(items.policyTemplates[0] && { policyTemplate: items.policyTemplates[0].value }),
    categories: items.categories.map((c) => c.value),
    ipaTopics: items.ipaTopics.map((t) => t.value).sort((a, b) => a.number - b.number),
    ipaBands: items.ipaBands.map((b) => b.value).sort((a, b) => b.min - a.min),
    scales: Object.fromEntries(items.scales.map((s) => [s.value.id, s.value])),
    questions: ordered.map((q) => q.value),
  };
}
