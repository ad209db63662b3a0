// The seminar's quick check, chosen in the question files ("quick": true): 10 to 12 questions,
// none that depends on another answer, so every attendee gets the same short list; or none.

import type { ContentItems } from './files.js';
import type { ErrorSink } from './located.js';

export const QUICK_CHECK_SIZE = { min: 10, max: 12 };

export function checkQuickCheck(items: ContentItems, schemaFailed: boolean, error: ErrorSink): void {
  if (schemaFailed) return;
  const quick = items.questions.filter((question) => question.value.quick === true);
  for (const question of quick) {
    if (question.value.showIf)
      error(
        { file: question.file, path: `${question.path}.quick` },
        'a quick-check question cannot depend on another answer (showIf): some attendees would not be asked it',
      );
  }
  // Content without a quick check (none marked) is fine: attendees then get the whole check.
  if (quick.length > 0 && (quick.length < QUICK_CHECK_SIZE.min || quick.length > QUICK_CHECK_SIZE.max)) {
    error(
      { file: 'questions/', path: '$' },
      `the quick check has ${quick.length} question(s) marked "quick": true; it needs ${QUICK_CHECK_SIZE.min} to ${QUICK_CHECK_SIZE.max}`,
    );
  }
}
