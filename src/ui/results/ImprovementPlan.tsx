// The cheapest plan up to the next tier (and to the top), as a checklist: ticking steps shows the
// discount they would bring, with the premium saved when there is a reference premium.

import type { DiscountResult, ImprovementPlan as Plan, ImprovementPlans } from '../../core/lib.js';
import { formatRate, formatYen } from '../../core/format.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { actionText, controlOf, effortLabels } from './action-labels.js';
import { optionLabel, tierName } from './discount-labels.js';
import type { WhatIf } from './what-if.js';

interface PlanListProps {
  plan: Plan;
  heading: string;
  whatIf: WhatIf;
  /** The reference premium before discount, to say what the plan saves; undefined when there is none. */
  base: number | undefined;
}

function PlanList({ plan, heading, whatIf, base }: PlanListProps) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const id = `plan-${plan.targetIndex}`;
  return (
    <fieldset class="plan-list" aria-describedby={`${id}-gain`}>
      <legend>{heading}</legend>
      {plan.steps.map((step) => {
        const question = controlOf(content, step.questionId);
        return (
          <label class="option plan-step" key={step.questionId}>
            <input type="checkbox" checked={whatIf.ticked.has(step.questionId)} onChange={() => whatIf.toggle(step.questionId)} />
            <span>
              {actionText(content, step.questionId, lang)}
              <span class="step-meta">
                {/* An action says what to do; only a bare question needs the answer to reach spelled out. */}
                {[
                  ...(question?.action ? [] : [t('discount.stepTo', { option: optionLabel(content, step.questionId, step.to, lang) ?? step.to })]),
                  ...effortLabels(question, t),
                ].join(' · ')}
              </span>
            </span>
          </label>
        );
      })}
      <p class="note" id={`${id}-gain`}>
        {t('discount.planGain', { gain: formatRate(plan.rateGain, lang), tier: tierName(plan.result, lang) })}
        {base !== undefined && plan.rateGain > 0 && keepAmountsWhole(` ${t('discount.planSaved', { yen: formatYen(Math.round(base * plan.rateGain), lang) })}`)}
      </p>
    </fieldset>
  );
}

interface ImprovementPlanProps {
  plans: ImprovementPlans;
  /** The discount reached with the answers as they are. */
  reached: DiscountResult;
  whatIf: WhatIf;
  base: number | undefined;
}

export function ImprovementPlan({ plans, reached, whatIf, base }: ImprovementPlanProps) {
  const { scheme } = useFullContent();
  const { t, lang } = useT();
  if (!plans.next) return reached.tierIndex === scheme.security.tiers.length - 1 ? <p>{t('discount.atTop')}</p> : null;
  return (
    <div class="plan" part="plan">
      <p class="note">{t('discount.planIntro')}</p>
      <PlanList plan={plans.next} heading={t('discount.planHeading')} whatIf={whatIf} base={base} />
      {plans.top && <PlanList plan={plans.top} heading={t('discount.planTopHeading')} whatIf={whatIf} base={base} />}
      <p class="what-if-result" aria-live="polite">
        {whatIf.result
          ? t('discount.whatIfResult', { rate: formatRate(whatIf.result.totalRate, lang), tier: tierName(whatIf.result, lang) })
          : t('discount.whatIfNone')}
      </p>
    </div>
  );
}
