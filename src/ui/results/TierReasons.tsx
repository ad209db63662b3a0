// Why the company is on its tier, and what blocks the next one.

import { questionText, type DiscountResult, type UnmetRule } from '../../core/lib.js';
import { bestOption } from '../../core/scoring/weighted.js';
import type { Content, ControlQuestion, Lang } from '../../core/types.js';
import { formatRate } from '../../core/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import { useT } from '../context.js';
import { useFullContent } from '../full-content.js';
import { optionLabel, tierName } from './discount-labels.js';
import { pure } from '../pure.js';

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

export const TierReasons = pure(function TierReasons({ result }: { result: DiscountResult }) {
  const { content } = useFullContent();
  const { t, lang } = useT();
  const nextCheck = result.checks[result.tierIndex + 1];
  return (
    <>
      <h4>{t('discount.reasonsHeading')}</h4>
      <p>{t('discount.reasonScore', { score: result.score.score })}</p>
      <p>{result.tierIndex > 0 ? t('discount.reasonReached', { tier: tierName(result, lang) }) : t('discount.reasonNone')}</p>
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
    </>
  );
});
