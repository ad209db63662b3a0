// Checks of the discount schemes and rate tables against each other and the questions: known rate
// tables, controls and industries, conditions, and tiers that rise and stay under the cap.

import type { Condition, DiscountScheme, RateTable } from '../types.js';
import { anyQuestionContext, checkCondition } from './condition-checks.js';
import type { ContentItems } from './files.js';
import { childPath } from './json-schema.js';
import { indexById, type ErrorSink, type Located, type QuestionLookup } from './located.js';

/** Duplicate ids always; the rest only when every file passed its schema (else items are missing). */
export function checkDiscounts(items: ContentItems, questions: QuestionLookup, schemaFailed: boolean, error: ErrorSink): void {
  const rateTableById = indexById(items.rateTables, 'rate table', error);
  indexById(items.schemes, 'discount scheme', error);
  if (schemaFailed) return;
  for (const scheme of items.schemes) checkScheme(scheme, (id) => rateTableById.has(id), questions, error);
  const industries = questions.optionIdsOf('industry');
  for (const table of items.rateTables) checkRateTable(table, industries, error);
}

function checkScheme(located: Located<DiscountScheme>, rateTableExists: (id: string) => boolean, questions: QuestionLookup, error: ErrorSink): void {
  const scheme = located.value;
  const at = (path: string) => ({ file: located.file, path });
  if (scheme.rateTable && !rateTableExists(scheme.rateTable)) error(at('$.rateTable'), `unknown rate table ${JSON.stringify(scheme.rateTable)}`);

  const checkControls = (ids: string[] | undefined, path: string) =>
    ids?.forEach((id, i) => {
      const question = questions.question(id);
      if (!question) error(at(childPath(path, i)), `unknown question ${JSON.stringify(id)}`);
      else if (question.type !== 'control')
        error(at(childPath(path, i)), `${JSON.stringify(id)} is a ${question.type} question; only controls can be required to be done`);
    });
  const conditionContext = anyQuestionContext(questions, error);
  const checkWhen = (condition: Condition | undefined, path: string) => {
    if (condition) checkCondition(condition, path, { file: located.file }, conditionContext);
  };

  checkWhen(scheme.group?.when, '$.group.when');
  checkControls(scheme.security.requireDone, '$.security.requireDone');
  const tiers = scheme.security.tiers;
  const first = tiers[0];
  if (first && (first.minScore !== undefined || first.requireDone || first.when)) {
    error(at('$.security.tiers[0]'), 'the first tier is where every company starts, so it cannot have rules');
  }
  tiers.forEach((tier, i) => {
    const path = `$.security.tiers[${i}]`;
    checkControls(tier.requireDone, `${path}.requireDone`);
    checkWhen(tier.when, `${path}.when`);
    const previous = tiers[i - 1];
    if (previous && tier.rate < previous.rate)
      error(at(`${path}.rate`), `tiers go from lowest to highest, but ${tier.rate} is below the previous tier's ${previous.rate}`);
    if (tier.rate > scheme.security.cap) error(at(`${path}.rate`), `${tier.rate} is above the security cap ${scheme.security.cap}`);
  });
  scheme.security.parts?.forEach((part, i) => checkWhen(part.when, `$.security.parts[${i}].when`));
}

/** Rows name industries of the industry question (when there is one) and the table's own plans. */
function checkRateTable(located: Located<RateTable>, industries: string[] | undefined, error: ErrorSink): void {
  const plans = new Set(located.value.plans.map((p) => p.id));
  located.value.rows.forEach((row, i) => {
    const path = `$.rows[${i}]`;
    if (industries && !industries.includes(row.industry)) {
      error({ file: located.file, path: `${path}.industry` }, `unknown industry ${JSON.stringify(row.industry)}; expected an option of the industry question`);
    }
    for (const plan of Object.keys(row.premiums)) {
      if (!plans.has(plan))
        error(
          { file: located.file, path: childPath(`${path}.premiums`, plan) },
          `unknown plan ${JSON.stringify(plan)}; the table's plans are ${[...plans].map((p) => JSON.stringify(p)).join(', ')}`,
        );
    }
  });
}
