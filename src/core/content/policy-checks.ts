// Checks of the policy template against the questions: one template, unique clause ids, a known
// clause for the measures to follow, and each measure tied to a known control, once; and a
// template wherever a star requirement offers the draft.

import type { PolicyTemplate } from '../types.js';
import type { ContentItems } from './files.js';
import { indexById, type ErrorSink, type Located, type QuestionLookup } from './located.js';

export function checkPolicyTemplates(items: ContentItems, questions: QuestionLookup, schemaFailed: boolean, error: ErrorSink): void {
  const [first, ...others] = items.policyTemplates;
  for (const other of others) error({ file: other.file, path: '$' }, `a second policy template; ${first?.file} already defines one`);
  if (first && !schemaFailed) checkTemplate(first, questions, error);
  if (!first && !schemaFailed) requirementsWithoutTemplate(items, error);
}

/** A requirement that offers the draft policy needs a template to draft it from. */
function requirementsWithoutTemplate(items: ContentItems, error: ErrorSink): void {
  for (const { value: scheme, file } of items.starSchemes)
    scheme.levels.forEach((level, i) =>
      level.requirements.forEach((requirement, j) => {
        if (requirement.policyDraft)
          error(
            { file, path: `$.levels[${i}].requirements[${j}].policyDraft` },
            'offers the draft policy, but no file in questions/policy/ defines its template',
          );
      }),
    );
}

function checkTemplate(located: Located<PolicyTemplate>, questions: QuestionLookup, error: ErrorSink): void {
  const { file, value: template } = located;
  indexById(
    template.clauses.map((clause, i) => ({ value: clause, file, path: `$.clauses[${i}]` })),
    'clause',
    error,
  );
  if (template.measuresAfter !== undefined && !template.clauses.some((c) => c.id === template.measuresAfter))
    error(
      { file, path: '$.measuresAfter' },
      `unknown clause ${JSON.stringify(template.measuresAfter)}; the clauses are ${template.clauses.map((c) => c.id).join(', ')}`,
    );
  const seen = new Set<string>();
  template.measures.forEach((measure, i) => {
    const path = `$.measures[${i}].control`;
    const question = questions.question(measure.control);
    if (!question) error({ file, path }, `unknown question ${JSON.stringify(measure.control)}`);
    else if (question.type !== 'control') error({ file, path }, `question ${JSON.stringify(measure.control)} is a ${question.type} question, not a control`);
    if (seen.has(measure.control)) error({ file, path }, `control ${JSON.stringify(measure.control)} has a measure already`);
    seen.add(measure.control);
  });
}
