// Turns the files of `questions/` into one validated `Content`, or into errors that name the file,
// the JSONPath and what was expected. Runs at build (vite content plugin), in tests and in the Node
// API; the widget bundle receives content that has already passed.
//
// Each file is checked against the schema of its folder (files.ts), then the files against each
// other (question-, discount-, loss-, industry-, quick-, star- and policy-checks.ts), and what
// passed is assembled (assemble.ts).

import type { Content } from '../types.js';
import { assembleContent } from './assemble.js';
import { checkDiscounts } from './discount-checks.js';
import { collectItems, type ContentFile } from './files.js';
import { checkIndustries } from './industry-checks.js';
import type { ErrorSink } from './located.js';
import { checkLoss } from './loss-checks.js';
import { checkPolicyTemplates } from './policy-checks.js';
import { checkQuestionFiles } from './question-checks.js';
import { checkQuickCheck } from './quick-checks.js';
import { checkStarSchemes } from './star-checks.js';

export type { ContentFile } from './files.js';

export interface ContentError {
  file: string;
  path: string;
  message: string;
}

export type ContentResult = { ok: true; content: Content } | { ok: false; errors: ContentError[] };

export function formatContentError(error: ContentError): string {
  return `${error.file} at ${error.path}: ${error.message}`;
}

export function validateContent(files: ContentFile[]): ContentResult {
  const errors: ContentError[] = [];
  const error: ErrorSink = (at, message) => errors.push({ file: at.file, path: at.path, message });

  const { items, schemaFailed } = collectItems(files, error);
  // Cross-file checks that need every item are skipped when a file failed its schema: its items
  // are missing and would only add noise to the one error that matters.
  const { ordered, questions } = checkQuestionFiles(items, schemaFailed, error);
  checkDiscounts(items, questions, schemaFailed, error);
  checkLoss(items, questions, schemaFailed, error);
  checkIndustries(items, questions, schemaFailed, error);
  checkQuickCheck(items, schemaFailed, error);
  checkStarSchemes(items, questions, schemaFailed, error);
  checkPolicyTemplates(items, questions, schemaFailed, error);
  if (items.categories.length === 0) error({ file: 'questions/', path: '$' }, 'no categories are defined');

  if (errors.length) return { ok: false, errors };
  return { ok: true, content: assembleContent(items, ordered) };
}
