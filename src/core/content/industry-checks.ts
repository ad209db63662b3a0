// Checks of the industry classification against itself and the questions: one classification,
// unique codes, common groups that exist, and each group tied to a known self-check industry.

import type { IndustryClassification } from '../types.js';
import type { ContentItems } from './files.js';
import type { ErrorSink, Located, QuestionLookup } from './located.js';

export function checkIndustries(items: ContentItems, questions: QuestionLookup, schemaFailed: boolean, error: ErrorSink): void {
  const [first, ...others] = items.industries;
  for (const other of others) error({ file: other.file, path: '$' }, `a second industry classification; ${first?.file} already defines one`);
  if (first && !schemaFailed) checkClassification(first, questions.optionIdsOf('industry') ?? [], error);
}

function checkClassification(located: Located<IndustryClassification>, industries: string[], error: ErrorSink): void {
  const at = (path: string) => ({ file: located.file, path });
  const seen = new Set<string>();
  located.value.divisions.forEach((division, d) => {
    division.groups.forEach((group, g) => {
      const path = `$.divisions[${d}].groups[${g}]`;
      if (seen.has(group.code)) error(at(`${path}.code`), `group ${group.code} appears twice`);
      seen.add(group.code);
      if (!industries.includes(group.industry))
        error(at(`${path}.industry`), `unknown industry ${JSON.stringify(group.industry)}; the question industry offers: ${industries.join(', ')}`);
    });
  });
  located.value.common.forEach((code, i) => {
    if (!seen.has(code)) error(at(`$.common[${i}]`), `unknown group ${code}`);
  });
}
