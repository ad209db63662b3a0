// Checks of the star schemes against the questions: known questions and answers in every
// requirement, one way to meet each, stars that rise, and unique ids.

import type { StarScheme } from '../types.js';
import { anyQuestionContext, checkCondition } from './condition-checks.js';
import type { ContentItems } from './files.js';
import { indexById, type ErrorSink, type Located, type QuestionLookup } from './located.js';

/** Duplicate ids always; the rest only when every file passed its schema (else items are missing). */
export function checkStarSchemes(items: ContentItems, questions: QuestionLookup, schemaFailed: boolean, error: ErrorSink): void {
  indexById(items.starSchemes, 'star scheme', error);
  if (schemaFailed) return;
  const levels = items.starSchemes.flatMap((scheme) => scheme.value.levels.map((level, i) => ({ value: level, file: scheme.file, path: `$.levels[${i}]` })));
  indexById(levels, 'star level', error);
  for (const scheme of items.starSchemes) checkScheme(scheme, questions, error);
}

function checkScheme(located: Located<StarScheme>, questions: QuestionLookup, error: ErrorSink): void {
  const { file, value: scheme } = located;
  const context = anyQuestionContext(questions, error);
  scheme.levels.forEach((level, i) => {
    const path = `$.levels[${i}]`;
    const below = scheme.levels[i - 1];
    if (below && level.stars <= below.stars)
      error({ file, path: `${path}.stars` }, `levels go from fewest stars to most, but ${level.stars} follows ${below.stars}`);
    indexById(
      level.requirements.map((requirement, j) => ({ value: requirement, file, path: `${path}.requirements[${j}]` })),
      'requirement',
      error,
    );
    level.requirements.forEach((requirement, j) => {
      const at = `${path}.requirements[${j}]`;
      if (!Object.hasOwn(scheme.documents, requirement.source.document))
        error(
          { file, path: `${at}.source.document` },
          `unknown document ${JSON.stringify(requirement.source.document)}; the scheme's documents are ${Object.keys(scheme.documents).join(', ')}`,
        );
      if (requirement.met && requirement.selfCheck)
        error({ file, path: at }, 'a requirement is met either by answers (met) or by the self-check (selfCheck), not both');
      if (requirement.met) checkCondition(requirement.met, `${at}.met`, { file }, context);
    });
  });
}
