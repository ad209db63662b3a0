// The discount tier: the ladder with the user on it, why they are there, what blocks the next
// step, the cheapest plan up as a "what if" checklist, category scores and a reference premium.
// All figures come from core; this file only lays them out.

import { useMemo, useState } from 'preact/hooks';
import {
  basePremium,
  discountedPremium,
  discountFor,
  improvementPlans,
  mitigationHighlights,
  answerText,
  formatList,
  questionText,
  type DiscountResult,
  type ImprovementPlan,
  type UnmetRule,
} from '../../core/lib.js';
import { bestOption } from '../../core/scoring/weighted.js';
import type { Answers, Content, ControlQuestion, Lang } from '../../core/types.js';
import { formatRate, formatYen } from '../../i18n/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import { keepAmountsWhole } from '../amounts.js';
import { useT, useWidget } from '../context.js';
import { useFullContent } from '../full-content.js';

/** The option's label, or undefined when there is no answer to show. */
function optionLabel(content: Content, questionId: string, optionId: string | undefined, lang: Lang): string | undefined {
  return optionId === undefined ? undefined : answerText(content, questionId, optionId, lang);
}

function describeUnmet(rule: UnmetRule, content: Content, t: TFunction, lang: Lang): string {
  if (rule.kind === 'score') return t('discount.unmetScore', { gap: rule.need - rule.have, have: rule.have, need: rule.need });
  if (rule.kind === 'control') {
    const question = content.questions.find((q): q is ControlQuestion => q.id === rule.questionId && q.type === 'control');
    return t('discount.unmetControl', {
      question: questionText(content, rule.questionId, lang),
      best: question ? local(bestOption(question, content).label, lang) : '',
      answer: optionLabel(content, rule.questionId, rule.answer, lang) ?? t('discount.unanswered'),
    });
  }
  const condition = rule.condition;
  if ('question' in condition && 'equals' in condition) {
    return t('discount.unmetCondition', {
      question: questionText(content, condition.question, lang),
      option: optionLabel(content, condition.question, String(condition.equals), lang) ?? String(condition.equals),
    });
  }
  return t('discount.unmetOther');
}

export function DiscountSection() {
  const { content, scheme, rateTable } = useFullContent();
  const { t, lang } = useT();
  const answers = useWidget((s) => s.answers);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());

  const result = useMemo(() => discountFor(content, scheme, answers), [content, scheme, answers]);
  const plans = useMemo(() => improvementPlans(content, scheme, answers), [content, scheme, answers]);
  const planSteps = [...(plans.next?.steps ?? []), ...(plans.top?.steps ?? [])];
  // "What if": the user's answers with the ticked steps applied; the real answers never change.
  const whatIfAnswers = useMemo<Answers>(() => {
    const applied: Answers = { ...answers };
    for (const step of planSteps) if (ticked.has(step.questionId)) applied[step.questionId] = step.to;
    return applied;
  }, [answers, ticked, plans]);
  const whatIf = ticked.size > 0 ? discountFor(content, scheme, whatIfAnswers) : undefined;
  const toggle = (id: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const base =
    rateTable && rateTable.plans[0]
      ? basePremium(rateTable, answers.industry as string | undefined, answers.revenue as number | undefined, rateTable.plans[0].id)
      : undefined;
  const nextCheck = result.checks[result.tierIndex + 1];
  const tierName = (r: DiscountResult) => (r.tier.label ? local(r.tier.label, lang) : formatRate(r.tier.rate, lang));

  return (
    <section class="subsection discount" aria-labelledby="discount-heading" part="discount">
      <h3 id="discount-heading">{t('discount.heading')}</h3>
      <p class="discount-total" aria-live="polite">
        {t('discount.total', { rate: formatRate(result.totalRate, lang) })}
      </p>
      <p>
        {t(scheme.combine === 'multiply' ? 'discount.breakdownMultiply' : 'discount.breakdownAdd', {
          group: formatRate(result.groupRate, lang),
          security: formatRate(result.securityRate, lang),
        })}
        {t('discount.capped', { cap: formatRate(scheme.cap, lang) })}
      </p>
      {scheme.group && (
        <p>
          {result.groupEligible
            ? t('discount.groupYes', { label: local(scheme.group.label, lang), rate: formatRate(scheme.group.rate, lang) })
            : t('discount.groupNo', { label: local(scheme.group.label, lang) })}
        </p>
      )}
      {scheme.illustrative && <p class="note">{t('discount.illustrative')}</p>}

      <h4>{t('discount.ladderHeading')}</h4>
      <ol class="ladder" aria-label={t('discount.ladderLabel')}>
        {scheme.security.tiers.map((tier, i) => {
          const here = i === result.tierIndex;
          const there = whatIf && i === whatIf.tierIndex && !here;
          return (
            <li key={tier.id} class={`rung${here ? ' here' : ''}${there ? ' what-if' : ''}${i <= result.tierIndex ? ' reached' : ''}`} data-tier={tier.id}>
              <span class="rung-rate">{formatRate(tier.rate, lang)}</span>
              <span class="rung-label">{tier.label ? local(tier.label, lang) : ''}</span>
              {here && <span class="rung-marker">{t('discount.youAreHere')}</span>}
              {there && <span class="rung-marker what-if-marker">{t('discount.whatIfHere')}</span>}
            </li>
          );
        })}
      </ol>
      {result.parts.map(({ part, applied }) => (
        <p key={part.id} class={applied ? 'part applied' : 'part'}>
          {t(applied ? 'discount.partApplied' : 'discount.partNotApplied', { label: local(part.label, lang), rate: formatRate(part.rate, lang) })}
        </p>
      ))}

      <h4>{t('discount.reasonsHeading')}</h4>
      <p>{t('discount.reasonScore', { score: result.score.score })}</p>
      <p>{result.tierIndex > 0 ? t('discount.reasonReached', { tier: tierName(result) }) : t('discount.reasonNone')}</p>
      {nextCheck && (
        <>
          <p class="blockers-heading">
            {t('discount.blockersHeading', {
              tier: nextCheck.tier.label ? local(nextCheck.tier.label, lang) : '',
              rate: formatRate(nextCheck.tier.rate, lang),
            })}
          </p>
          <ul class="plain-list">
            {nextCheck.unmet.map((rule, i) => (
              <li key={i}>{describeUnmet(rule, content, t, lang)}</li>
            ))}
          </ul>
        </>
      )}

      {plans.next ? (
        <div class="plan" part="plan">
          <p class="note">{t('discount.planIntro')}</p>
          <PlanList plan={plans.next} heading={t('discount.planHeading')} ticked={ticked} toggle={toggle} base={base} />
          {plans.top && <PlanList plan={plans.top} heading={t('discount.planTopHeading')} ticked={ticked} toggle={toggle} base={base} />}
          <p class="what-if-result" aria-live="polite">
            {whatIf ? t('discount.whatIfResult', { rate: formatRate(whatIf.totalRate, lang), tier: tierName(whatIf) }) : t('discount.whatIfNone')}
          </p>
        </div>
      ) : (
        result.tierIndex === scheme.security.tiers.length - 1 && <p>{t('discount.atTop')}</p>
      )}

      {result.toFindOut.length > 0 && (
        <>
          <h4>{t('discount.toFindOutHeading')}</h4>
          <ul class="plain-list">
            {result.toFindOut.map((id) => (
              <li key={id}>{questionText(content, id, lang)}</li>
            ))}
          </ul>
        </>
      )}

      <CategoryScores result={result} />
      <Mitigations answers={answers} />
      {base !== undefined && rateTable && <ReferencePremium base={base} rate={whatIf?.totalRate ?? result.totalRate} />}
    </section>
  );
}

interface PlanListProps {
  plan: ImprovementPlan;
  heading: string;
  ticked: ReadonlySet<string>;
  toggle: (id: string) => void;
  base: number | undefined;
}

function PlanList({ plan, heading, ticked, toggle, base }: PlanListProps) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const id = `plan-${plan.targetIndex}`;
  return (
    <fieldset class="plan-list" aria-describedby={`${id}-gain`}>
      <legend>{heading}</legend>
      {plan.steps.map((step) => {
        const question = content.questions.find((q): q is ControlQuestion => q.id === step.questionId && q.type === 'control');
        return (
          <label class="option plan-step" key={step.questionId}>
            <input type="checkbox" checked={ticked.has(step.questionId)} onChange={() => toggle(step.questionId)} />
            <span>
              {questionText(content, step.questionId, lang)}
              <span class="step-meta">
                {t('discount.stepTo', { option: optionLabel(content, step.questionId, step.to, lang) ?? step.to })}
                {question?.effort && ` · ${t(`effort.cost.${question.effort.cost}`)} · ${t(`effort.time.${question.effort.time}`)}`}
              </span>
            </span>
          </label>
        );
      })}
      <p class="note" id={`${id}-gain`}>
        {t('discount.planGain', {
          gain: formatRate(plan.rateGain, lang),
          tier: plan.result.tier.label ? local(plan.result.tier.label, lang) : formatRate(plan.result.tier.rate, lang),
        })}
        {base !== undefined && plan.rateGain > 0 && keepAmountsWhole(` ${t('discount.planSaved', { yen: formatYen(Math.round(base * plan.rateGain), lang) })}`)}
      </p>
    </fieldset>
  );
}

/** Category scores as bars: the numbers are text beside each bar, so the chart needs no separate alternative. */
function CategoryScores({ result }: { result: DiscountResult }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const rows = result.score.categories.filter((c) => c.score !== undefined);
  return (
    <>
      <h4 id="category-heading">{t('discount.categoryHeading')}</h4>
      <ul class="bars" aria-labelledby="category-heading">
        {rows.map((row) => {
          const category = content.categories.find((c) => c.id === row.categoryId)!;
          return (
            <li key={row.categoryId} class="bar-row">
              <span class="bar-label">{local(category.title, lang)}</span>
              <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                <rect class="bar-track" x="0" y="0" width="100" height="10" rx="2" />
                <rect class="bar-fill" x="0" y="0" width={row.score} height="10" rx="2" />
              </svg>
              <span class="bar-value">{row.score}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Mitigations({ answers }: { answers: Answers }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const highlights = useMemo(() => mitigationHighlights(content, answers), [content, answers]);
  if (highlights.length === 0) return null;
  return (
    <>
      <h4>{t('discount.mitigationHeading')}</h4>
      <ul class="plain-list">
        {highlights.map((h) => (
          <li key={h.questionId}>
            {questionText(content, h.questionId, lang)}
            <span class="step-meta">
              {t('discount.mitigates', {
                scenarios: formatList(
                  h.scenarios.map((s) => t(`scenarios.${s}`)),
                  lang,
                ),
              })}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function ReferencePremium({ base, rate }: { base: number; rate: number }) {
  const { rateTable } = useFullContent();
  const { t, lang } = useT();
  const table = rateTable!;
  return (
    <>
      <h4>{t('discount.premiumHeading')}</h4>
      <dl class="premium">
        <dt>{t('discount.premiumPlan')}</dt>
        <dd>{local(table.plans[0]!.label, lang)}</dd>
        <dt>{t('discount.premiumBefore')}</dt>
        <dd>{keepAmountsWhole(t('discount.perYear', { yen: formatYen(base, lang) }))}</dd>
        <dt>{t('discount.premiumAfter', { rate: formatRate(rate, lang) })}</dt>
        <dd>{keepAmountsWhole(t('discount.perYear', { yen: formatYen(discountedPremium(base, rate), lang) }))}</dd>
      </dl>
      <p class="note">{t('discount.premiumSource', { source: local(table.source, lang) })}</p>
    </>
  );
}
