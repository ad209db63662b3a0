// The discount tier: the ladder with the user on it, why they are there, what blocks the next
// step, the cheapest plan up as a "what if" checklist, category scores and a reference premium.
// All figures come from core; this file and the parts it shows only lay them out.

import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';
import { CategoryScores } from './CategoryScores.js';
import { DiscountTotal } from './DiscountTotal.js';
import { ImprovementPlan } from './ImprovementPlan.js';
import { MitigationHighlights } from './MitigationHighlights.js';
import { ReferencePremium } from './ReferencePremium.js';
import { TierLadder } from './TierLadder.js';
import { TierReasons } from './TierReasons.js';
import { useDecision } from './use-decision.js';
import { useWhatIf } from './what-if.js';

export function DiscountSection() {
  const { content, scheme, rateTable } = useFullContent();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  // The same figures as the first screen's, worked out once for both.
  const { discount: result, plans, premium } = useDecision();
  const whatIf = useWhatIf(content, scheme, answers, plans);
  return (
    <section class="subsection discount" aria-labelledby="discount-heading" part="discount">
      <h3 id="discount-heading">{t('discount.heading')}</h3>
      <DiscountTotal result={result} />
      <TierLadder result={result} whatIf={whatIf.result} />
      <TierReasons result={result} />
      <ImprovementPlan plans={plans} reached={result} whatIf={whatIf} base={premium?.before} />
      <CategoryScores result={result} />
      <MitigationHighlights answers={answers} />
      {premium && rateTable && <ReferencePremium premium={premium} table={rateTable} rate={whatIf.result?.totalRate ?? result.totalRate} />}
    </section>
  );
}
