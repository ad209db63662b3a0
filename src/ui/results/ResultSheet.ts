// The result as a printable sheet, to take home from a seminar or to a meeting with an agent.

import { answerText, breachDuty, discountFor, estimateScenario, ipaScore, scenariosFor, visibleAnswers } from '../../core/lib.js';
import type { Answers, Content, DiscountScheme, Lang } from '../../core/types.js';
import { formatAmount, formatRate } from '../../i18n/format.js';
import { local, type TFunction } from '../../i18n/index.js';
import { openSheet } from '../print-sheet.js';

export function openResultSheet(content: Content, scheme: DiscountScheme, allAnswers: Answers, t: TFunction, lang: Lang): Window | null {
  const answers = visibleAnswers(content, allAnswers);
  const ipa = ipaScore(content, answers);
  const discount = discountFor(content, scheme, answers);
  const estimates = scenariosFor(content, answers).map((scenario) => ({ scenario, estimate: estimateScenario(content, scenario, { answers }) }));
  return openSheet({
    lang,
    title: t('results.sheetTitle'),
    sections: [
      {
        rows: [
          [t('results.sheetScore'), `${ipa.score} / 100 (${local(ipa.band.title, lang)})`],
          [
            t('results.sheetDiscount'),
            `${formatRate(discount.totalRate, lang)} (${discount.tier.label ? local(discount.tier.label, lang) : discount.tier.id})`,
          ],
        ],
      },
      {
        heading: t('results.sheetLoss'),
        amounts: true,
        rows: estimates.map(({ scenario, estimate }) => [
          local(scenario.title, lang),
          `${formatAmount(estimate.total, lang)} (${formatAmount(estimate.range.low, lang)}–${formatAmount(estimate.range.high, lang)})`,
        ]),
      },
      {
        heading: t('results.sheetAppi'),
        rows: estimates.flatMap(({ scenario, estimate }): [string, string][] => {
          const duty = breachDuty(content.loss.model, answers, scenario, estimate);
          return duty.triggers.length === 0 ? [] : [[local(scenario.title, lang), t('results.sheetAppiRow', { days: String(duty.finalDays) })]];
        }),
      },
      {
        heading: t('results.sheetAnswers'),
        rows: content.questions.flatMap((q): [string, string][] => {
          const answer = answers[q.id];
          return answer === undefined ? [] : [[local(q.text, lang), answerText(content, q.id, answer, lang)]];
        }),
      },
    ],
    note: t('results.sheetNote'),
    printLabel: t('sheet.print'),
  });
}
