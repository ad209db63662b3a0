// Checks of the star schemes against the questions: known questions and answers in every
// requirement, one way to meet each, stars that rise, and unique ids; and the questions only the
// ladder asks (starsOnly): weight 0, not quick, no IPA topic, in no other question's showIf, each
// named by a requirement (or it is never asked).

import type { StarScheme } from '../types.js';
import { conditionQuestions } from '../flow/conditions.js';
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
  checkStarsOnly(items, error);
}

function checkStarsOnly(items: ContentItems, error: ErrorSink): void {
  const named = new Set(
    items.starSchemes.flatMap((s) => s.value.levels.flatMap((l) => l.requirements.flatMap((r) => (r.met ? conditionQuestions(r.met) : [])))),
  );
  for (const { value: question, file, path } of items.questions) {
    if (question.type !== 'control' || !question.starsOnly) continue;
    const at = { file, path: `${path}.starsOnly` };
    if (question.weight !== 0) error(at, `a question only the star ladder asks cannot count in the score; its weight is ${question.weight}, not 0`);
    if (question.quick) error(at, 'a question only the star ladder asks cannot be in the quick check');
    if (!named.has(question.id)) error(at, `no star requirement names ${JSON.stringify(question.id)}, so it would never be asked`);
    // Unasked by most owners, it must not decide what the check asks or what IPA's self-check covers.
    if (question.ipaTopics?.length) error(at, "a question only the star ladder asks cannot cover IPA's self-check (ipaTopics): most owners are never asked it");
    const shows = items.questions.find((other) => other.value.showIf && conditionQuestions(other.value.showIf).includes(question.id));
    if (shows) error(at, `a question only the star ladder asks cannot decide whether ${JSON.stringify(shows.value.id)} is asked (its showIf)`);
  }
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
