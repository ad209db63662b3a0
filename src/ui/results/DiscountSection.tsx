// The discount tier: the ladder with the user on it, why they are there, what blocks the next
// step, the cheapest plan up as a "what if" checklist, category scores and a reference premium.
// All figures come from core; this file and the parts it shows only lay them out.

import { useMemo } from 'preact/hooks';
import { discountFor, improvementPlans } from '../../core/lib.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';
import { CategoryScores } from './CategoryScores.js';
import { DiscountTotal } from './DiscountTotal.js';
import { ImprovementPlan } from './ImprovementPlan.js';
import { MitigationHighlights } from './MitigationHighlights.js';
import { premiumBasis, ReferencePremium } from './ReferencePremium.js';
import { TierLadder } from './TierLadder.js';
import { TierReasons } from './TierReasons.js';
import { useWhatIf } from './what-if.js';

export function DiscountSection() {
  const { content, scheme, rateTable } = useFullContent();
  const { t } = useT();
  const answers = useWidget((s) => s.answers);
  const result = useMemo(() => discountFor(content, scheme, answers), [content, scheme, answers]);
  const plans = useMemo(() => improvementPlans(content, scheme, answers), [content, scheme, answers]);
  const whatIf = useWhatIf(content, scheme, answers, plans);
  const premium = premiumBasis(rateTable, answers);
  return (
    <section class="subsection discount" aria-labelledby="discount-heading" part="discount">
      <h3 id="discount-heading">{t('discount.heading')}</h3>
      <DiscountTotal result={result} />
      <TierLadder result={result} whatIf={whatIf.result} />
      <TierReasons result={result} />
      <ImprovementPlan plans={plans} reached={result} whatIf={whatIf} base={premium?.base} />
      <CategoryScores result={result} />
      <MitigationHighlights answers={answers} />
      {premium && <ReferencePremium premium={premium} rate={whatIf.result?.totalRate ?? result.totalRate} />}
    </section>
  );
}
